package io.vgpubench.report.source;

import io.vgpubench.report.FlavorInfo;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SeriesKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads summary-level figures (published mean, sd and n, e.g. a paper's tables): a CSV with a header and
 * the columns flavor,workload,metric,unit,higher_is_better,tasks,n,mean,sd (sd may be empty where n = 1),
 * optional share_fraction, scheduler, label, source. The unit may be empty (a unitless score); numbers are
 * decimal, and the mean is never negative for a time, rate or size ({@link MetricUnits}).
 */
public final class SummaryFiguresCsv {
    public static final List<String> REQUIRED = List.of("flavor", "workload", "metric", "unit", "higher_is_better", "tasks", "n", "mean", "sd");
    public static final List<String> OPTIONAL = List.of("share_fraction", "scheduler", "label", "source");

    private SummaryFiguresCsv() {}

    /** The series read, and what each flavor's rows said of it (first mention wins). */
    public record Figures(List<Series> series, Map<String, FlavorInfo> flavors) {}

    public static Figures read(Path file) {
        List<Series> series = new ArrayList<>();
        Map<String, FlavorInfo> flavors = new LinkedHashMap<>();
        Map<SeriesKey, Integer> firstLine = new HashMap<>();
        MetricConsistency consistency = new MetricConsistency();
        for (CsvRow row : CsvTable.read(file, REQUIRED, OPTIONAL)) {
            SeriesKey key = new SeriesKey(row.text("workload"), row.text("metric"), row.text("flavor"), row.integer("tasks", 1));
            Integer earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                throw row.error("flavor", key + " is given twice (also on line " + earlier + ")");
            }
            String unit = row.unit("unit");
            boolean hib = row.bool("higher_is_better");
            consistency.check(row, key.workload(), key.metric(), unit, hib);
            int n = row.integer("n", 1);
            double sd = n == 1 && row.blank("sd") ? Double.NaN : row.number("sd");
            if (sd < 0) {
                throw row.error("sd", "'" + row.cells().get("sd") + "' is negative");
            }
            Double share = row.fraction("share_fraction");
            flavors.putIfAbsent(key.flavor(), new FlavorInfo(share, optional(row, "scheduler"), optional(row, "label")));
            series.add(Series.ofSummary(key, unit, hib, share, n, row.measure("mean", unit), sd));
        }
        return new Figures(series, flavors);
    }

    private static String optional(CsvRow row, String column) {
        return row.blank(column) ? null : row.cells().get(column);
    }
}
