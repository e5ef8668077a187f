package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FiellerTest {

    @Test
    void exactDenominatorReducesToTheNumeratorsTIntervalDividedByIt() {
        // By hand: x̄ = 10, sd 2, n 4 (se 1); ȳ = 5 with sd 0: df = vx²/(vx²/3) = 3, t(0.975, 3) = 3.1824463052837078
        // (scipy stats.t.ppf(0.975, 3)); interval (10 ± 3.1824463)/5 = [1.36351074, 2.63648926].
        RatioInterval r = Fieller.interval(Descriptive.ofSummary(4, 10, 2), Descriptive.ofSummary(4, 5, 0)).orElseThrow();
        assertThat(r.low()).isCloseTo((10 - 3.1824463052837078) / 5, within(1e-9));
        assertThat(r.high()).isCloseTo((10 + 3.1824463052837078) / 5, within(1e-9));
    }

    @Test
    void boundsSatisfyFiellersDefiningEquation() {
        Descriptive x = Descriptive.ofSummary(5, 272.4, 2.7);
        Descriptive y = Descriptive.ofSummary(5, 225.4, 1.8);
        RatioInterval r = Fieller.interval(x, y).orElseThrow();
        double t = Descriptive.tQuantile975(Fieller.degreesOfFreedom(x, y, x.mean() / y.mean()));
        for (double bound : new double[] {r.low(), r.high()}) {
            double stat = Math.abs(x.mean() - bound * y.mean()) / Math.sqrt(x.varianceOfMean() + bound * bound * y.varianceOfMean());
            assertThat(stat).isCloseTo(t, within(1e-9));
        }
        assertThat(r.low()).isLessThan(x.mean() / y.mean()).isGreaterThan(1.0);
        assertThat(r.high()).isGreaterThan(x.mean() / y.mean());
    }

    @Test
    void isEmptyForSingleValues() {
        assertThat(Fieller.interval(Descriptive.ofSummary(1, 4.31, 0), Descriptive.ofSummary(5, 4.71, 0.1))).isEmpty();
    }

    @Test
    void isUnboundedWhereTheDenominatorsIntervalIncludesZero() {
        // ȳ = 1, sd 0.7071, n 2: se 0.5, t(0.975, df ≈ 1) ≈ 12.7, g = t²·0.25 ≫ 1.
        RatioInterval r = Fieller.interval(Descriptive.of(new double[] {0.6, 0.6}), Descriptive.of(new double[] {0.5, 1.5}))
                .orElseThrow();
        assertThat(r.method()).isEqualTo(RatioInterval.Method.UNBOUNDED);
        assertThat(r.isBounded()).isFalse();
        assertThat(r.low()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(r.high()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aZeroDenominatorMeanIsUnboundedRatherThanAnError() {
        assertThat(Fieller.interval(Descriptive.of(new double[] {1, 2, 3}), Descriptive.of(new double[] {-1, 0, 1}))
                .orElseThrow().method()).isEqualTo(RatioInterval.Method.UNBOUNDED);
        assertThat(Fieller.interval(Descriptive.of(new double[] {1, 2, 3}), Descriptive.of(new double[] {0, 0, 0}))
                .orElseThrow().method()).isEqualTo(RatioInterval.Method.UNBOUNDED);
    }

    @Test
    void anExactZeroNumeratorTakesTheDenominatorsDegreesOfFreedom() {
        // x̄ = 0 with sd 0: Welch-Satterthwaite at R̂ = 0 is 0/0; its limit is n_y − 1 = 2, t(0.975, 2) = 4.302652729749462
        // (scipy). Bounds: ±(t/ȳ)·√(R̂²·vy)/(1 − g) = 0, so the interval is the point 0.
        Descriptive x = Descriptive.of(new double[] {0, 0, 0});
        Descriptive y = Descriptive.of(new double[] {4, 5, 6});
        assertThat(Fieller.degreesOfFreedom(x, y, 0)).isEqualTo(2.0);
        RatioInterval r = Fieller.interval(x, y).orElseThrow();
        assertThat(r.low()).isZero();
        assertThat(r.high()).isZero();
    }

    @Test
    void keepsItsWidthAtACoefficientOfVariationOfOneInAHundredMillion() {
        // The expanded quadratic lost 18% of the width at CV 1e-8. Exact width for equal n, sd and means (R̂ = 1,
        // vx = vy = v, g = t²v/ȳ²): 2·(t/ȳ)·√((1 − g)·v + v)/(1 − g), t = t(0.975, 8) = 2.306004135204166 (scipy).
        double mean = 1.0;
        double sd = 1e-8;
        Descriptive d = Descriptive.ofSummary(5, mean, sd);
        RatioInterval r = Fieller.interval(d, d).orElseThrow();
        double t = 2.306004135204166;
        double v = sd * sd / 5;
        double g = t * t * v / (mean * mean);
        double width = 2 * t / mean * Math.sqrt((1 - g) * v + v) / (1 - g);
        assertThat(r.high() - r.low()).isCloseTo(width, within(width * 1e-6));
        Descriptive big = Descriptive.ofSummary(5, 1e12, 0.01);
        RatioInterval atScale = Fieller.interval(big, big).orElseThrow();
        assertThat(atScale.high()).as("not collapsed to a point at 1e12 ± 0.01").isGreaterThan(atScale.low());
    }
}
