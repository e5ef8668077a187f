package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmiReadingTest {
    /** Captured from `nvidia-smi -q` on the device machine's H100 (driver 580.159.04), 2026-11-25, abridged. */
    private static final String QUERY_H100 = """
            ==============NVSMI LOG==============

            Driver Version                                         : 580.159.04
            CUDA Version                                           : 13.0

            Attached GPUs                                          : 1
            GPU 00000000:00:06.0
                Product Name                                       : NVIDIA H100 80GB HBM3
                GPU Virtualization Mode
                    Virtualization Mode                            : Pass-Through
                    Host VGPU Mode                                 : N/A
            """;

    @Test
    void readsACsvLineOfTheQueriedFields() {
        SmiReading r = SmiReading.parse(
                "NVIDIA H100 80GB HBM3, GPU-a2de29d1-34b5-1a85-ddf9-adf354e74970, 580.159.04, 1980, 1980, 2619, 2619,"
                        + " 120.33, 700.00, 36");
        assertThat(r.name()).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(r.uuid()).isEqualTo("GPU-a2de29d1-34b5-1a85-ddf9-adf354e74970");
        assertThat(r.driver()).isEqualTo("580.159.04");
        assertThat(r.smClockMhz()).isEqualTo(1980);
        assertThat(r.smClockMaxMhz()).isEqualTo(1980);
        assertThat(r.memClockMhz()).isEqualTo(2619);
        assertThat(r.powerW()).isEqualTo(120.33);
        assertThat(r.powerLimitW()).isEqualTo(700.0);
        assertThat(r.temperatureC()).isEqualTo(36.0);
    }

    @Test
    void fieldsTheCardCannotReportBecomeNull() {
        SmiReading r = SmiReading.parse("GRID V100-8Q, GPU-1, 535.54, 1380, 1380, 877, 877, [N/A], [Not Supported], 40");
        assertThat(r.powerW()).isNull();
        assertThat(r.powerLimitW()).isNull();
        assertThat(r.smClockMhz()).isEqualTo(1380);
    }

    @Test
    void refusesALineWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> SmiReading.parse("NVIDIA H100, GPU-1")).hasMessageContaining("expected 10");
    }

    @Test
    void passThroughIsReportedAsPassthrough() {
        assertThat(SmiReading.virtualization(QUERY_H100)).isEqualTo("passthrough");
    }

    @Test
    void namesEachVirtualizationModeNvidiaSmiPrints() {
        assertThat(SmiReading.virtualization("    Virtualization Mode   : None")).isEqualTo("bare");
        assertThat(SmiReading.virtualization("    Virtualization Mode   : VGPU")).isEqualTo("vgpu");
        assertThat(SmiReading.virtualization("    Virtualization Mode   : Host VGPU")).isEqualTo("bare");
        assertThat(SmiReading.virtualization("Product Name : Tesla V100")).isNull();
    }
}
