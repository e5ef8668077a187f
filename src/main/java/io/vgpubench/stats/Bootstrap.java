package io.vgpubench.stats;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The fallback ratio interval where Fieller's is unbounded: a seeded percentile bootstrap of the ratio
 * of means. Raw values are resampled with replacement; summary-level input (mean, sd, n only) draws
 * each mean from a normal with the standard error (a parametric bootstrap). Same input, same interval.
 */
public final class Bootstrap {
    public static final int RESAMPLES = 10_000;
    public static final long SEED = 20190801L;

    private Bootstrap() {}

    /** @param num raw values of the numerator, or null for summary-level input (then {@code numStats} is used) */
    public static Optional<RatioInterval> interval(double[] num, Descriptive numStats, double[] den, Descriptive denStats) {
        if (numStats.n() < 2 || denStats.n() < 2) {
            return Optional.empty();
        }
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            ratios[i] = resampledMean(num, numStats, rnd) / resampledMean(den, denStats, rnd);
        }
        Arrays.sort(ratios);
        return Optional.of(new RatioInterval(ratios[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                ratios[(int) Math.ceil(0.975 * (RESAMPLES - 1))], RatioInterval.Method.BOOTSTRAP));
    }

    private static double resampledMean(double[] values, Descriptive stats, SplittableRandom rnd) {
        if (values == null) {
            return stats.mean() + Math.sqrt(stats.varianceOfMean()) * gaussian(rnd);
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[rnd.nextInt(values.length)];
        }
        return sum / values.length;
    }

    /** A standard normal draw (Box-Muller), from the seeded source. */
    private static double gaussian(SplittableRandom rnd) {
        double u = 1.0 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
