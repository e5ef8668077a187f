package io.vgpubench.report.html;

import io.vgpubench.stats.SummaryRow;

/** Converts a row's overhead interval back into an interval of relative performance. */
final class Intervals {
    private Intervals() {}

    /**
     * [low, high] of relative performance, or null. Higher is better: rel = R = 1 − o/100;
     * lower is better: rel = 1/R with R = 1 + o/100. Both are decreasing in the overhead o.
     */
    static double[] relativePerformance(SummaryRow row) {
        if (row.overheadCi95Low() == null || row.overheadCi95High() == null) {
            return null;
        }
        return new double[] {rel(row, row.overheadCi95High()), rel(row, row.overheadCi95Low())};
    }

    private static double rel(SummaryRow row, double overhead) {
        return row.higherIsBetter() ? 1 - overhead / 100 : 1 / (1 + overhead / 100);
    }
}
