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
    void namesVirtualizationModesAsTheAgentDoes() {
        assertThat(Nvml.mode(0)).isEqualTo("bare");
        assertThat(Nvml.mode(1)).isEqualTo("passthrough");
        assertThat(Nvml.mode(2)).isEqualTo("vgpu");
        assertThat(Nvml.mode(3)).isEqualTo("bare");
        assertThat(Nvml.mode(9)).isNull();
    }
}
