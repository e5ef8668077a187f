package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final SeriesKey KEY = new SeriesKey("vgg16", "runtime", "x", 1);

    private static Series summary(String flavor, boolean higherIsBetter, int n, double mean, double sd) {
        return Series.ofSummary(KEY.with(flavor, 1), "s", higherIsBetter, null, n, mean, sd);
    }

    @Test
    void studyTableFiveGivesTenPointTwoPercentExtraTimeFor16QWithOneTask() {
        // Study, Table V: no virtualization 179.8 ± 1.2 s, 16Q fixed 198.1 ± 1.2 s, 5 runs each.
        // (198.1 / 179.8 − 1)·100 = 10.1779755...; the study's text: "bare metal performs better than 16Q (6-10%)".
        // Welch p: scipy.stats.ttest_ind_from_stats(198.1,1.2,5,179.8,1.2,5,equal_var=False) -> 9.33105297234093e-09.
        // Fieller bounds: roots of (x − Rȳ)² = t²(vx + R²vy) found with scipy.optimize.brentq,
        // df = 7.926000632613801, t = 2.3097570145543327 -> R in [1.0915739582179276, 1.1120902871782834].
        Comparison c = Comparison.of(summary("16Q", false, 5, 198.1, 1.2), summary("bare", false, 5, 179.8, 1.2));
        assertThat(c.ratio()).isCloseTo(198.1 / 179.8, within(1e-12));
        assertThat(c.overheadPct()).isCloseTo(10.1779755, within(1e-6));
        assertThat(c.relativePerformance()).isCloseTo(179.8 / 198.1, within(1e-12));
        assertThat(c.pValue()).isCloseTo(9.33105297234093e-09, within(1e-13));
        assertThat(c.intervalMethod()).isEqualTo(RatioInterval.Method.FIELLER);
        assertThat(c.overheadLow()).isCloseTo(9.15739582179276, within(1e-6));
        assertThat(c.overheadHigh()).isCloseTo(11.20902871782834, within(1e-6));
    }

    @Test
    void studyTableOneGivesEightPointFivePercentLostThroughputFor16QHpl() {
        // Study, Table I: HPL 4.71 TFLOP/s bare, 4.31 TFLOP/s on 16Q best effort, one score each.
        // (1 − 4.31/4.71)·100 = 8.4925690...; single scores: no interval, no p-value.
        Comparison c = Comparison.of(summary("16Q", true, 1, 4.31, 0), summary("bare", true, 1, 4.71, 0));
        assertThat(c.overheadPct()).isCloseTo(8.49256900, within(1e-6));
        assertThat(c.relativePerformance()).isCloseTo(4.31 / 4.71, within(1e-12));
        assertThat(c.overheadLow()).isNaN();
        assertThat(c.pValue()).isNaN();
        assertThat(c.intervalMethod()).isNull();
    }

    @Test
    void higherIsBetterIntervalIsLostThroughputWithBoundsSwapped() {
        // Same Table V figures read as throughput: overhead = (1 − R)·100, so the high ratio bound gives the low overhead.
        Comparison c = Comparison.of(summary("16Q", true, 5, 198.1, 1.2), summary("bare", true, 5, 179.8, 1.2));
        assertThat(c.overheadPct()).isCloseTo(-10.1779755, within(1e-6));
        assertThat(c.overheadLow()).isCloseTo(-11.20902871782834, within(1e-6));
        assertThat(c.overheadHigh()).isCloseTo(-9.15739582179276, within(1e-6));
    }

    @Test
    void welchPValueOfRawSamplesMatchesScipy() {
        // scipy.stats.ttest_ind([1,2,3,4,5],[2,4,6,8,10],equal_var=False) -> pvalue 0.10753119493062728, df 5.882352941176471
        Descriptive a = Descriptive.of(new double[] {1, 2, 3, 4, 5});
        Descriptive b = Descriptive.of(new double[] {2, 4, 6, 8, 10});
        assertThat(Welch.pValue(a, b)).isCloseTo(0.10753119493062728, within(1e-12));
        assertThat(Welch.degreesOfFreedom(a, b)).isCloseTo(5.882352941176471, within(1e-12));
    }

    @Test
    void shareEfficiencyDividesRelativePerformanceByTheAllottedFraction() {
        // Study, Table V: 8Q (half GPU) 283.1 s vs bare 179.8 s: relative performance 179.8/283.1 = 0.63511...;
        // divided by 0.5 -> 1.27023...
        Series half = Series.ofSummary(KEY.with("8Q", 1), "s", false, 0.5, 5, 283.1, 0.9);
        Comparison c = Comparison.of(half, summary("bare", false, 5, 179.8, 1.2));
        assertThat(c.shareEfficiency()).isCloseTo(179.8 / 283.1 / 0.5, within(1e-12));
        assertThat(c.overheadPct()).isCloseTo((283.1 / 179.8 - 1) * 100, within(1e-9));
    }

    @Test
    void saysUnboundedAndClaimsNoFiniteIntervalWhereTheBaselinesIntervalIncludesZero() {
        // The case: n = 2, a noisy baseline. Baseline mean 1.0, sd 0.7071, se 0.5; t(0.975, ~1) is about 12.7,
        // so g = t²·vy/ȳ² is far above 1: the data fit any ratio. No bootstrap interval pretends otherwise.
        Series s = Series.of(obs("a", new double[] {0.6, 0.6}));
        Series base = Series.of(obs("bare", new double[] {0.5, 1.5}));
        Comparison c = Comparison.of(s, base);
        assertThat(c.intervalMethod()).isEqualTo(RatioInterval.Method.UNBOUNDED);
        assertThat(c.overheadLow()).isInfinite();
        assertThat(c.overheadHigh()).isInfinite();
        assertThat(c.overheadPct()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void aZeroBaselineMeanLeavesTheRatioEmptyButKeepsWelchsP() {
        // Baseline [-1, 0, 1]: mean exactly 0. scipy.stats.ttest_ind([1,2,3],[-1,0,1],equal_var=False).pvalue
        // = 0.07048399691021992.
        Comparison c = Comparison.of(Series.of(obs("a", new double[] {1, 2, 3})), Series.of(obs("bare", new double[] {-1, 0, 1})));
        assertThat(c.ratio()).isNaN();
        assertThat(c.overheadPct()).isNaN();
        assertThat(c.intervalMethod()).isNull();
        assertThat(c.pValue()).isCloseTo(0.07048399691021992, within(1e-12));
    }

    @Test
    void aSeriesOfExactZerosAgainstAPositiveBaselineIsAFullLossOfThroughput() {
        Comparison c = Comparison.of(Series.of(obs("a", new double[] {0, 0, 0})), Series.of(obs("bare", new double[] {4, 5, 6})));
        assertThat(c.overheadPct()).isEqualTo(100.0);
        assertThat(c.intervalMethod()).isEqualTo(RatioInterval.Method.FIELLER);
        assertThat(c.overheadLow()).isLessThanOrEqualTo(100.0);
    }

    private static List<Observation> obs(String flavor, double[] values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new Observation(flavor, "w", "m", "u", true, 1, values[i], i, null, null, i)).toList();
    }
}
