package io.vgpubench.stats;

import java.util.Optional;

/**
 * Fieller's 95% interval (or one at another level) for the ratio of two independent means, x̄/ȳ, allowing unequal variances.
 * The ratio's bounds are the roots R of (x̄ − R·ȳ)² = t²·(vx + R²·vy), with vx = sx²/nx, vy = sy²/ny,
 * and t the 97.5% Student quantile at the Welch-Satterthwaite degrees of freedom of x̄ − R̂·ȳ.
 *
 * <p>The roots are taken in the form that does not cancel: with R̂ = x̄/ȳ and g = t²·vy/ȳ²,
 * R = (R̂ ± (t/|ȳ|)·√((1 − g)·vx + R̂²·vy)) / (1 − g). (The expanded quadratic's discriminant
 * b² − ac subtracts two nearly equal numbers of order x̄²ȳ², which at a CV of 1e-8 leaves nothing.)
 *
 * <p>The interval is bounded only when the denominator's own interval excludes zero (g < 1); otherwise
 * the data fit arbitrarily large ratios (g ≥ 1: two rays or the whole line) and the result is
 * {@link RatioInterval#unbounded()}. Empty only where it is not defined at all (n < 2 on a side).
 */
public final class Fieller {
    private Fieller() {}

    public static Optional<RatioInterval> interval(Descriptive num, Descriptive den) {
        return interval(num, den, 0.95);
    }

    /** As {@link #interval(Descriptive, Descriptive)}, at another confidence level (an adaptive campaign's). */
    public static Optional<RatioInterval> interval(Descriptive num, Descriptive den, double level) {
        if (num.n() < 2 || den.n() < 2 || !Double.isFinite(num.sd()) || !Double.isFinite(den.sd())) {
            return Optional.empty();
        }
        double x = num.mean();
        double y = den.mean();
        double vx = num.varianceOfMean();
        double vy = den.varianceOfMean();
        if (y == 0) {
            return Optional.of(RatioInterval.unbounded());
        }
        double r = x / y;
        if (vx + vy == 0) {
            return Optional.of(new RatioInterval(r, r, RatioInterval.Method.FIELLER));
        }
        double t = Descriptive.tQuantile(degreesOfFreedom(num, den, r), level);
        double g = t * t * vy / (y * y);
        if (!(g < 1)) {
            return Optional.of(RatioInterval.unbounded());
        }
        double half = t / Math.abs(y) * Math.sqrt((1 - g) * vx + r * r * vy);
        return Optional.of(new RatioInterval((r - half) / (1 - g), (r + half) / (1 - g), RatioInterval.Method.FIELLER));
    }

    /**
     * Welch-Satterthwaite degrees of freedom of x̄ − r·ȳ. Where one side carries no variance the limit is
     * the other side's n − 1 (this also covers r = 0 with an exact numerator, where the formula is 0/0).
     */
    static double degreesOfFreedom(Descriptive num, Descriptive den, double r) {
        double vx = num.varianceOfMean();
        double vy = r * r * den.varianceOfMean();
        if (vy == 0) {
            return num.n() - 1;
        }
        if (vx == 0) {
            return den.n() - 1;
        }
        return (vx + vy) * (vx + vy) / (vx * vx / (num.n() - 1) + vy * vy / (den.n() - 1));
    }
}
