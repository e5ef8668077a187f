package io.vgpubench.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.stats.Observation;
import io.vgpubench.stats.Outliers;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.Summaries;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's content, computed once from its input: summary rows, outliers flagged (never dropped),
 * threshold results, and every warning (the agents', the device facts', the statistics' notes).
 */
public record Report(ReportInput input, List<SummaryRow> rows, List<Series> series, List<Outlier> outliers,
                     List<ThresholdResult> thresholds, List<String> warnings, List<String> notes) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    /** One flagged value: its series, the observation, and the series median it lies far from. */
    public record Outlier(String workload, String metric, String flavor, int tasks, int repetition, int order,
                          double value, double median) {}

    public static Report analyse(ReportInput in) {
        List<Series> all = new ArrayList<>(Series.group(in.observations()));
        all.addAll(in.summarySeries());
        List<String> order = List.copyOf(in.flavors().keySet());
        Summaries.Result result = Summaries.compute(all, in.baselineFlavor(), order, in.intervalLevel());
        List<String> warnings = new ArrayList<>(in.warnings());
        in.devices().forEach(d -> warnings.addAll(d.warnings()));
        return new Report(in, result.rows(), result.series(), outliers(result.series()),
                ThresholdCheck.evaluate(in.thresholds(), result.rows(), in.sharing().entirelyLeftOut(),
                        in.baselineFlavor()),
                List.copyOf(warnings), notes(in, result.notes(), result.rows()));
    }

    private static List<String> notes(ReportInput in, List<String> fromStatistics, List<SummaryRow> rows) {
        List<String> notes = new ArrayList<>(fromStatistics);
        if (in.adaptive() != null) {
            notes.addAll(AdaptiveNotes.of(in.adaptive(), in.observations(), rows));
        }
        if (in.summarySeries().stream().anyMatch(s -> s.key().tasks() > 1)) {
            notes.add("summary-level figures of more than one task are taken as given: without samples, no co-runner "
                    + "overlap can be checked");
        }
        return List.copyOf(notes);
    }

    private static List<Outlier> outliers(List<Series> series) {
        List<Outlier> found = new ArrayList<>();
        for (Series s : series) {
            if (s.values() == null) {
                continue;
            }
            for (int i : Outliers.flag(s.values())) {
                Observation o = s.observations().get(i);
                found.add(new Outlier(o.workload(), o.metric(), o.flavor(), o.tasks(), o.repetition(), o.order(),
                        o.value(), s.stats().median()));
            }
        }
        return found;
    }

    public boolean thresholdsPassed() {
        return thresholds.stream().allMatch(ThresholdResult::passed);
    }

    public List<ThresholdResult> failedThresholds() {
        return thresholds.stream().filter(t -> !t.passed()).toList();
    }

    /** How many compared rows used each overhead-interval method (FIELLER, BOOTSTRAP). */
    public long rowsWithIntervalMethod(String method) {
        return rows.stream().filter(r -> method.equals(r.overheadCiMethod())).count();
    }
}
