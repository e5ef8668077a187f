package io.vgpubench.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Descriptive statistics of one series: n, mean, sample standard deviation, median, min, max,
 * coefficient of variation (percent) and the Student-t 95% interval of the mean. Values that are not
 * defined (sd and interval for n = 1; median, min, max of summary-level input) are NaN.
 */
public record Descriptive(int n, double mean, double sd, double median, double min, double max,
                          double cvPct, double ci95Low, double ci95High) {

    /** From raw values (at least one). */
    public static Descriptive of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        DescriptiveStatistics d = new DescriptiveStatistics(values);
        double sd = values.length > 1 ? d.getStandardDeviation() : Double.NaN;
        return build(values.length, d.getMean(), sd, d.getPercentile(50), d.getMin(), d.getMax());
    }

    /** From published figures (mean, sd, n) where the raw values are not known. */
    public static Descriptive ofSummary(int n, double mean, double sd) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        return build(n, mean, n > 1 ? sd : Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static Descriptive build(int n, double mean, double sd, double median, double min, double max) {
        double cv = mean != 0 ? 100 * sd / Math.abs(mean) : Double.NaN;
        double half = n > 1 ? tQuantile975(n - 1) * sd / Math.sqrt(n) : Double.NaN;
        return new Descriptive(n, mean, sd, median, min, max, cv, mean - half, mean + half);
    }

    /** The variance of the mean, sd²/n (NaN for n = 1). */
    public double varianceOfMean() {
        return sd * sd / n;
    }

    /** The two-sided 95% Student-t quantile for the given degrees of freedom. */
    public static double tQuantile975(double df) {
        return tQuantile(df, 0.95);
    }

    /** The Student-t quantile of a two-sided interval at {@code level} (0.95: the 97.5% quantile). */
    public static double tQuantile(double df, double level) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
