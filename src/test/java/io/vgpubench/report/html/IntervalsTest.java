package io.vgpubench.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vgpubench.stats.SummaryRow;
import org.junit.jupiter.api.Test;

class IntervalsTest {
    private static SummaryRow row(boolean higherIsBetter, Double low, Double high) {
        return new SummaryRow("w", "m", "s", "f", 1, 5, 1.0, 0.1, null, null, null, null, null, null, 1.0, 1.0, 0.0,
                low, high, null, null, null, null, "FIELLER", higherIsBetter, false, 1);
    }

    @Test
    void lowerIsBetterOverheadIntervalMapsToTheReciprocalRatioInterval() {
        // overhead [+25.6, +74.8]% means time ratio R in [1.256, 1.748], so relative performance 1/R in [1/1.748, 1/1.256]
        double[] ci = Intervals.relativePerformance(row(false, 25.6, 74.8));
        assertThat(ci[0]).isCloseTo(1 / 1.748, within(1e-12));
        assertThat(ci[1]).isCloseTo(1 / 1.256, within(1e-12));
    }

    @Test
    void higherIsBetterOverheadIntervalMapsToOneMinusIt() {
        // lost throughput [5, 12]% means ratio R in [0.88, 0.95]
        double[] ci = Intervals.relativePerformance(row(true, 5.0, 12.0));
        assertThat(ci[0]).isCloseTo(0.88, within(1e-12));
        assertThat(ci[1]).isCloseTo(0.95, within(1e-12));
        assertThat(Intervals.relativePerformance(row(true, null, null))).isNull();
    }
}
