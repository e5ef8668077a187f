package io.vgpubench.report.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricUnitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"s", "ms", "us", "µs", "ns", "min", "h", "ms/iter", "GB/s", "TFLOP/s", "images/s", "it / s",
        "GFLOPS", "fps", "Gbps", "MHz", "bytes", "B", "GiB", "MB"})
    void timesRatesAndSizesCannotBeNegative(String unit) {
        assertThat(MetricUnits.nonNegative(unit)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%", "score", "W", "C", "J", "dB", "x"})
    void scoresPercentagesAndOtherUnitsMayBeNegative(String unit) {
        assertThat(MetricUnits.nonNegative(unit)).isFalse();
    }
}
