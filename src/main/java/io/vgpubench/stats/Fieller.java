package io.vgpubench.stats;

import java.util.Optional;

/**
 * Fieller's 95% interval for the ratio of two independent means, x̄/ȳ, allowing unequal variances.
 * The ratio's bounds are the roots R of (x̄ − R·ȳ)² = t²·(vx + R²·vy), with vx = sx²/nx, vy = sy²/ny,
 * and t the 97.5% Student quantile at the Welch-Satterthwaite degrees of freedom of x̄ − R̂·ȳ.
 * The interval is bounded only when the denominator's own interval excludes zero (g = t²·vy/ȳ² < 1);
 * otherwise it is empty and the caller must fall back to another method.
 */
public final class Fieller {
    private Fieller() {}

    public static Optional<RatioInterval> interval(Descriptive num, Descriptive den) {
        if (num.n() < 2 || den.n() < 2) {
            return Optional.empty();
        }
        double x = num.mean();
        double y = den.mean();
        double vx = num.varianceOfMean();
        double vy = den.varianceOfMean();
        double r = x / y;
        if (vx + vy == 0) {
            return Optional.of(new RatioInterval(r, r, RatioInterval.Method.FIELLER));
        }
        double t = Descriptive.tQuantile975(degreesOfFreedom(num, den, r));
        double t2 = t * t;
        double a = y * y - t2 * vy;
        if (a <= 0) {
            return Optional.empty();
        }
        double b = x * y;
        double c = x * x - t2 * vx;
        double root = Math.sqrt(b * b - a * c);
        return Optional.of(new RatioInterval((b - root) / a, (b + root) / a, RatioInterval.Method.FIELLER));
    }

    /** Welch-Satterthwaite degrees of freedom of x̄ − r·ȳ. */
    static double degreesOfFreedom(Descriptive num, Descriptive den, double r) {
        double vx = num.varianceOfMean();
        double vy = r * r * den.varianceOfMean();
        return (vx + vy) * (vx + vy) / (vx * vx / (num.n() - 1) + vy * vy / (den.n() - 1));
    }
}
