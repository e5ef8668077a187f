package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.DeviceFacts;
import org.junit.jupiter.api.Test;

class ClockWatchTest {

    private static DeviceFacts facts(Integer sm, Integer smMax, Double power) {
        return new DeviceFacts("NVIDIA H100 80GB HBM3", "GPU-1", "580.159.04", "13.0", 85L << 30, 84L << 30, null,
                sm, smMax, 2619, power, 60.0, "bare", "nvml");
    }

    @Test
    void saysNothingWhenTheClockIsNearItsMaximum() {
        assertThat(ClockWatch.check(facts(1755, 1980, 650.0), 700.0)).isEmpty();
    }

    @Test
    void warnsOfAPowerCappedCard() {
        assertThat(ClockWatch.check(facts(1185, 1980, 650.0), 700.0)).hasValueSatisfying(m -> assertThat(m)
                .contains("SM clock 1185 MHz is 60% of its maximum 1980 MHz").contains("power-capped"));
    }

    @Test
    void warnsOfClocksHeldDownBelowThePowerLimit() {
        assertThat(ClockWatch.check(facts(900, 1980, 200.0), 700.0)).hasValueSatisfying(m -> assertThat(m)
                .contains("held down"));
    }

    @Test
    void staysQuietWhenTheClocksAreUnknown() {
        assertThat(ClockWatch.check(facts(null, 1980, null), null)).isEmpty();
    }
}
