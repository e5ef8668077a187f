package io.vgpubench.report.source;

import io.vgpubench.stats.Observation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads samples brought from elsewhere: a CSV with a header and the columns
 * flavor,workload,metric,unit,higher_is_better,tasks,value (optional repetition, share_fraction). The unit may be
 * empty (a unitless score); values are decimal numbers, never negative for a time, rate or size ({@link MetricUnits}).
 */
public final class SamplesCsv {
    public static final List<String> REQUIRED = List.of("flavor", "workload", "metric", "unit", "higher_is_better", "tasks", "value");
    public static final List<String> OPTIONAL = List.of("repetition", "share_fraction");

    private SamplesCsv() {}

    public static List<Observation> read(Path file) {
        List<Observation> out = new ArrayList<>();
        MetricConsistency consistency = new MetricConsistency();
        for (CsvRow row : CsvTable.read(file, REQUIRED, OPTIONAL)) {
            String workload = row.text("workload");
            String metric = row.text("metric");
            String unit = row.unit("unit");
            boolean hib = row.bool("higher_is_better");
            consistency.check(row, workload, metric, unit, hib);
            int repetition = row.blank("repetition") ? out.size() : row.integer("repetition", 0);
            out.add(new Observation(row.text("flavor"), workload, metric, unit, hib, row.integer("tasks", 1),
                    row.measure("value", unit), repetition, row.fraction("share_fraction"), null, out.size()));
        }
        return out;
    }
}
