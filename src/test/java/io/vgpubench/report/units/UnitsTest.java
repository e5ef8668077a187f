package io.vgpubench.report.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void aCardsMemoryInBytesReadsInGiB() {
        Scale s = Units.forColumn("bytes", List.of(67549265920.0, 68719476736.0));
        assertThat(s.unit()).isEqualTo("GiB");
        assertThat(s.apply(68719476736.0)).isEqualTo(64.0);
    }

    @Test
    void aByteRateReadsInBinaryMultiplesPerSecond() {
        assertThat(Units.forColumn("bytes/s", List.of(3.0 * 1024 * 1024)).unit()).isEqualTo("MiB/s");
    }

    @Test
    void smallSizesStayInBytes() {
        assertThat(Units.forColumn("bytes", List.of(512.0)).unit()).isEqualTo("B");
    }

    @Test
    void secondsUnderOneReadInMillisecondsMinutesOfThemInSecondsAndLongRunsInMinutes() {
        Scale ms = Units.forColumn("s", List.of(0.0042, 0.0051));
        assertThat(ms.unit()).isEqualTo("ms");
        assertThat(ms.apply(0.0051)).isCloseTo(5.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Units.forColumn("s", List.of(179.8, 198.1)).unit()).isEqualTo("s");
        Scale min = Units.forColumn("s", List.of(1500.0));
        assertThat(min.unit()).isEqualTo("min");
        assertThat(min.apply(1500.0)).isEqualTo(25.0);
    }

    @Test
    void microsecondsStayMicrosecondsAndThousandsOfThemReadInMilliseconds() {
        assertThat(Units.forColumn("us", List.of(3.2)).unit()).isEqualTo("µs");
        Scale s = Units.forColumn("us", List.of(2500.0));
        assertThat(s.unit()).isEqualTo("ms");
        assertThat(s.apply(2500.0)).isEqualTo(2.5);
    }

    @Test
    void siRatesStepByThousandsSoTheLargestValueReadsBetweenOneAndAThousand() {
        assertThat(Units.forColumn("TFLOP/s", List.of(4.71)).unit()).isEqualTo("TFLOP/s");
        Scale g = Units.forColumn("TFLOP/s", List.of(0.00766, 0.0033));
        assertThat(g.unit()).isEqualTo("GFLOP/s");
        assertThat(g.apply(0.00766)).isCloseTo(7.66, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Units.forColumn("GB/s", List.of(4300.0)).unit()).isEqualTo("TB/s");
    }

    @Test
    void aUnitItDoesNotKnowStaysAsRecorded() {
        Scale s = Units.forColumn("images/s", List.of(0.004));
        assertThat(s.unit()).isEqualTo("images/s");
        assertThat(s.divisor()).isEqualTo(1.0);
    }
}
