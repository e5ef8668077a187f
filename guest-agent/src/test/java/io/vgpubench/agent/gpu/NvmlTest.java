package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

class NvmlTest {

    /** An nvmlFieldValue_t as NVML fills it: field id, scope, timestamp, latency, value type, status, value. */
    private static Memory field(int valueType, int status, long raw) {
        Memory m = new Memory(Nvml.FieldValue.SIZE);
        m.clear();
        m.setInt(0, Nvml.FIELD_POWER_INSTANT);
        m.setLong(8, 1_764_100_000_000_000L);
        m.setLong(16, 12);
        m.setInt(24, valueType);
        m.setInt(28, status);
        m.setLong(32, raw);
        return m;
    }

    @Test
    void readsAnInstantPowerFieldOfEachValueTypeNvmlUses() {
        assertThat(Nvml.FieldValue.read(field(1, 0, 698_123L))).contains(698_123.0); // unsigned int, mW
        assertThat(Nvml.FieldValue.read(field(1, 0, 0xFFFF_FFF0L))).contains(4_294_967_280.0); // unsigned, not negative
        assertThat(Nvml.FieldValue.read(field(3, 0, 700_000L))).contains(700_000.0);
        assertThat(Nvml.FieldValue.read(field(0, 0, Double.doubleToRawLongBits(650.5)))).contains(650.5);
    }

    @Test
    void aFieldNvmlCouldNotReadIsEmptySoTheAverageIsUsedInstead() {
        assertThat(Nvml.FieldValue.read(field(1, 3 /* NVML_ERROR_NOT_SUPPORTED */, 0))).isEmpty();
        assertThat(Nvml.FieldValue.read(field(42, 0, 1))).isEmpty();
    }

    @Test
    void namesTheClockEventReasonBitsAsNvidiaSmiPrintsThem() {
        assertThat(Nvml.eventReasons(0x0)).as("none, as the study's GEMMs mostly saw").isEmpty();
        assertThat(Nvml.eventReasons(0x4)).containsExactly("sw_power_cap");
        assertThat(Nvml.eventReasons(0x1 | 0x8 | 0x40)).containsExactly("idle", "hw_slowdown", "hw_thermal_slowdown");
        assertThat(Nvml.eventReasons(0x100 | 0x80 | 0x20 | 0x10 | 0x2)).containsExactly("applications_clocks_setting",
                "sync_boost", "sw_thermal_slowdown", "hw_power_brake_slowdown", "display_clock_setting");
    }

    @Test
    void namesVirtualizationModesAsTheAgentDoes() {
        assertThat(Nvml.mode(0)).isEqualTo("bare");
        assertThat(Nvml.mode(1)).isEqualTo("passthrough");
        assertThat(Nvml.mode(2)).isEqualTo("vgpu");
        assertThat(Nvml.mode(3)).isEqualTo("bare");
        assertThat(Nvml.mode(9)).isNull();
    }
}
