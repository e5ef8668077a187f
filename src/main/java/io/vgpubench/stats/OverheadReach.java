package io.vgpubench.stats;

import java.util.Collection;

/**
 * How precisely a row's overhead is known: how far its interval reaches from the estimate, in points of percent
 * (the larger side; Fieller's interval is not symmetric). What adaptive repetitions compare with their target.
 */
public final class OverheadReach {
    private OverheadReach() {}

    /** The reach of a compared row: +∞ where its interval is unbounded or there is none (n < 2, no ratio). */
    public static double of(SummaryRow r) {
        if (r.overheadPct() == null || r.overheadCi95Low() == null || r.overheadCi95High() == null) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(r.overheadPct() - r.overheadCi95Low(), r.overheadCi95High() - r.overheadPct());
    }

    /** True for a row compared with a baseline (not a baseline row, and a baseline was found). */
    public static boolean compared(SummaryRow r) {
        return !r.baseline() && r.baselineTasks() != null;
    }

    /** The widest reach among the compared rows; NaN when none is compared. */
    public static double widest(Collection<SummaryRow> rows) {
        return rows.stream().filter(OverheadReach::compared).mapToDouble(OverheadReach::of).max().orElse(Double.NaN);
    }
}
