package io.vgpubench.report;

import io.vgpubench.model.Threshold;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks thresholds against summary rows. A threshold's workload, metric and flavor match a row when
 * equal or "*" (a null metric matches any); max_overhead_pct applies to compared rows, max_cv_pct to
 * every matched row. A figure that is not defined (n = 1, no baseline) fails its bound.
 */
public final class ThresholdCheck {
    private ThresholdCheck() {}

    public static List<ThresholdResult> evaluate(List<Threshold> thresholds, List<SummaryRow> rows) {
        List<ThresholdResult> results = new ArrayList<>();
        for (Threshold t : thresholds) {
            List<SummaryRow> matched = rows.stream().filter(r -> matches(t, r)).toList();
            if (matched.isEmpty()) {
                String what = t.workload() + "/" + (t.metric() == null ? "*" : t.metric()) + " " + t.flavor();
                results.add(new ThresholdResult(what + " matches a row", t.workload(), t.metric(), t.flavor(), null,
                        "match", null, null, false, "threshold " + what + " matched no summary row"));
            }
            for (SummaryRow r : matched) {
                if (t.maxOverheadPct() != null && !r.baseline()) {
                    results.add(check(r, "overhead_pct", t.maxOverheadPct(), r.overheadPct()));
                }
                if (t.maxCvPct() != null) {
                    results.add(check(r, "cv_pct", t.maxCvPct(), r.cvPct()));
                }
            }
        }
        return results;
    }

    private static boolean matches(Threshold t, SummaryRow r) {
        return WorkloadLabels.covers(t.workload(), r.workload()) && any(t.metric(), r.metric()) && any(t.flavor(), r.flavor());
    }

    private static boolean any(String pattern, String value) {
        return pattern == null || pattern.equals("*") || pattern.equals(value);
    }

    private static ThresholdResult check(SummaryRow r, String bound, double limit, Double observed) {
        String name = r.workload() + "/" + r.metric() + " " + r.flavor() + " x" + r.tasks() + " " + bound + " <= " + limit;
        boolean passed = observed != null && observed <= limit;
        String message = observed == null ? bound + " is not defined for this row (too few values or no baseline)"
                : String.format("%s = %.3f, limit %s", bound, observed, limit);
        return new ThresholdResult(name, r.workload(), r.metric(), r.flavor(), r.tasks(), bound, limit, observed, passed, message);
    }
}
