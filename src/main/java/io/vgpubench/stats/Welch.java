package io.vgpubench.stats;

import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;

/** Welch's two-sided t-test of two independent means (unequal variances), from their summaries. */
public final class Welch {
    private Welch() {}

    /** The p-value, or NaN where it is not defined (n < 2 on either side, or no variance at all). */
    public static double pValue(Descriptive a, Descriptive b) {
        if (a.n() < 2 || b.n() < 2 || a.varianceOfMean() + b.varianceOfMean() == 0) {
            return Double.NaN;
        }
        return new TTest().tTest(summary(a), summary(b));
    }

    /** Welch-Satterthwaite degrees of freedom of a − b. */
    public static double degreesOfFreedom(Descriptive a, Descriptive b) {
        return Fieller.degreesOfFreedom(a, b, 1.0);
    }

    private static StatisticalSummaryValues summary(Descriptive d) {
        return new StatisticalSummaryValues(d.mean(), d.sd() * d.sd(), d.n(), Double.NaN, Double.NaN, d.mean() * d.n());
    }
}
