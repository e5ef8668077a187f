package io.vgpubench.report.source;

import java.util.HashMap;
import java.util.Map;

/** Checks that every row of a (workload, metric) states the same unit and direction as the first one. */
final class MetricConsistency {
    private record Seen(String unit, boolean higherIsBetter, int line) {}

    private final Map<String, Seen> seen = new HashMap<>();

    void check(CsvRow row, String workload, String metric, String unit, boolean higherIsBetter) {
        Seen first = seen.putIfAbsent(workload + "\u0000" + metric, new Seen(unit, higherIsBetter, row.line()));
        if (first == null) {
            return;
        }
        if (!first.unit().equals(unit)) {
            throw row.error("unit", "'" + unit + "' differs from '" + first.unit() + "' given for " + workload + "/"
                    + metric + " on line " + first.line());
        }
        if (first.higherIsBetter() != higherIsBetter) {
            throw row.error("higher_is_better", higherIsBetter + " differs from " + first.higherIsBetter() + " given for "
                    + workload + "/" + metric + " on line " + first.line());
        }
    }
}
