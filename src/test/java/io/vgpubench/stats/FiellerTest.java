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
}
