package io.vgpubench.report;

import io.vgpubench.model.Threshold;
import io.vgpubench.sharing.Flagged;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks thresholds against summary rows. A threshold's workload, metric and flavor match a row when
 * equal or "*" (a null metric matches any); max_overhead_pct applies to compared rows, max_cv_pct to
 * every matched row. A figure that is not defined (n = 1, no baseline) fails its bound, and so does every
 * bound on a series whose samples were all left out (co-runners' overlap not proven): it has no row.
 */
public final class ThresholdCheck {
    private ThresholdCheck() {}

    public static List<ThresholdResult> evaluate(List<Threshold> thresholds, List<SummaryRow> rows) {
        return evaluate(thresholds, rows, List.of(), null);
    }

    /**
     * As {@link #evaluate(List, List)}; {@code leftOut}: the series with samples but none proven, of which
     * those of the baseline flavor are held to max_cv_pct only (baseline rows have no overhead).
     */
    public static List<ThresholdResult> evaluate(List<Threshold> thresholds, List<SummaryRow> rows, List<Flagged> leftOut,
                                                 String baselineFlavor) {
        List<ThresholdResult> results = new ArrayList<>();
        for (Threshold t : thresholds) {
            List<SummaryRow> matched = rows.stream().filter(r -> matches(t, r)).toList();
            List<Flagged> unproven = leftOut.stream().filter(f -> WorkloadLabels.covers(t.workload(), f.workload())
                    && any(t.metric(), f.metric()) && any(t.flavor(), f.flavor())).toList();
            unproven.forEach(f -> results.addAll(unproven(t, f, f.flavor().equals(baselineFlavor))));
            if (matched.isEmpty() && unproven.isEmpty()) {
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

    private static List<ThresholdResult> unproven(Threshold t, Flagged f, boolean baseline) {
        String message = "no proven sample: " + f.leftOut() + " sample(s) left out (" + f.verdictText()
                + "); co-runners' overlap not proven, see the report's shared-card section";
        List<ThresholdResult> out = new ArrayList<>();
        if (t.maxOverheadPct() != null && !baseline) {
            out.add(new ThresholdResult(name(f, "overhead_pct", t.maxOverheadPct()), f.workload(), f.metric(), f.flavor(),
                    f.tasks(), "overhead_pct", t.maxOverheadPct(), null, false, message));
        }
        if (t.maxCvPct() != null) {
            out.add(new ThresholdResult(name(f, "cv_pct", t.maxCvPct()), f.workload(), f.metric(), f.flavor(), f.tasks(),
                    "cv_pct", t.maxCvPct(), null, false, message));
        }
        return out;
    }

    private static String name(Flagged f, String bound, double limit) {
        return f.workload() + "/" + f.metric() + " " + f.flavor() + " x" + f.tasks() + " " + bound + " <= " + limit;
    }

    static boolean matches(Threshold t, SummaryRow r) {
        return WorkloadLabels.covers(t.workload(), r.workload()) && any(t.metric(), r.metric()) && any(t.flavor(), r.flavor());
    }

    private static boolean any(String pattern, String value) {
        return pattern == null || pattern.equals("*") || pattern.equals(value);
    }

    private static ThresholdResult check(SummaryRow r, String bound, double limit, Double observed) {
        String name = r.workload() + "/" + r.metric() + " " + r.flavor() + " x" + r.tasks() + " " + bound + " <= " + limit;
        boolean passed = observed != null && observed <= limit;
        String message = observed == null ? bound + " is not defined for this row (too few values, no baseline, or a baseline mean not above 0)"
                : String.format("%s = %.3f, limit %s", bound, observed, limit);
        return new ThresholdResult(name, r.workload(), r.metric(), r.flavor(), r.tasks(), bound, limit, observed, passed, message);
    }
}
