package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DescriptiveTest {

    @Test
    void computesMomentsAndStudentIntervalOfTheMean() {
        // Reference: Python 3.11 + scipy 1.17: a = [1,2,3,4,5]; a.std(ddof=1) = 1.5811388300841898;
        // stats.t.interval(0.95, 4, loc=3, scale=stats.sem(a)) = (1.0367568385224428, 4.963243161477557)
        Descriptive d = Descriptive.of(new double[] {5, 1, 4, 2, 3});
        assertThat(d.n()).isEqualTo(5);
        assertThat(d.mean()).isEqualTo(3.0);
        assertThat(d.sd()).isCloseTo(1.5811388300841898, within(1e-12));
        assertThat(d.median()).isEqualTo(3.0);
        assertThat(d.min()).isEqualTo(1.0);
        assertThat(d.max()).isEqualTo(5.0);
        assertThat(d.cvPct()).isCloseTo(100 * 1.5811388300841898 / 3, within(1e-10));
        assertThat(d.ci95Low()).isCloseTo(1.0367568385224428, within(1e-9));
        assertThat(d.ci95High()).isCloseTo(4.963243161477557, within(1e-9));
    }

    @Test
    void singleValueHasNoSpreadAndNoIntervalButDoesNotFail() {
        Descriptive d = Descriptive.of(new double[] {4.71});
        assertThat(d.mean()).isEqualTo(4.71);
        assertThat(d.median()).isEqualTo(4.71);
        assertThat(d.sd()).isNaN();
        assertThat(d.cvPct()).isNaN();
        assertThat(d.ci95Low()).isNaN();
        assertThat(d.ci95High()).isNaN();
    }

    @Test
    void summaryLevelInputKeepsMeanSdAndNAndLeavesOrderStatisticsUndefined() {
        // By hand: 179.8 ± t(0.975, 4) · 1.2/√5, t = 2.7764451051977987 (scipy stats.t.ppf(0.975, 4))
        Descriptive d = Descriptive.ofSummary(5, 179.8, 1.2);
        double half = 2.7764451051977987 * 1.2 / Math.sqrt(5);
        assertThat(d.ci95Low()).isCloseTo(179.8 - half, within(1e-9));
        assertThat(d.ci95High()).isCloseTo(179.8 + half, within(1e-9));
        assertThat(d.median()).isNaN();
        assertThat(d.min()).isNaN();
    }
}
