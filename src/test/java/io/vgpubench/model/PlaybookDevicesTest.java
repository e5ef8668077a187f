package io.vgpubench.model;

import io.vgpubench.contract.workload.Workloads;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookDevicesTest {
    @TempDir
    Path dir;
    PlaybookFixture fx;

    static String playbook(String topLevel, String perWorkload) {
        return """
                name: cards
                cloud:
                  type: local
                baseline: local
                flavors:
                  - flavor: local
                workloads:
                  - name: gemm
                %s  - name: memcopy
                %s""".formatted(perWorkload, topLevel);
    }

    @BeforeEach
    void setUp() {
        fx = new PlaybookFixture(dir);
    }

    @Test
    void aPlaybookWithoutDevicesRunsEveryWorkloadOnCardZeroAsBefore() {
        assertThat(fx.load(playbook("", "")).workloads()).extracting(WorkloadSpec::devices).containsOnlyNulls();
    }

    @Test
    void theTopLevelDevicesAppliesToEveryWorkloadAndAWorkloadsOwnOverridesIt() {
        Playbook p = fx.load(playbook("devices: all\n", "    devices: 1\n"));

        assertThat(p.workloads()).extracting(w -> w.name() + ":" + w.devices()).containsExactly("gemm:1", "memcopy:all");
    }

    @Test
    void eachIsAcceptedPerWorkload() {
        assertThat(fx.load(playbook("", "    devices: each\n")).workloads().get(0).devices()).isEqualTo("each");
    }

    @Test
    void rejectsDevicesThatAreNeitherACardNorEachNorAllWithFileLineAndField() {
        fx.rejects(playbook("", "    devices: both\n"))
                .hasMessageContaining(fx.file() + ":9:14: workloads[0].devices: must be a card index (0, 1, …), each or all, got 'both'");
    }

    @Test
    void rejectsANegativeCardAtTheTopLevel() {
        fx.rejects(playbook("devices: -1\n", ""))
                .hasMessageContaining(fx.file() + ":10:10: devices: must be at least 0, got -1");
    }

    @Test
    void thresholdsMayNameTheNodeTotalAndScalingEfficiencyOfAWorkloadsMetric() {
        assertThat(Workloads.reports("gemm", "tflops_node_total")).isTrue();
        assertThat(Workloads.reports("gemm", "tflops_scaling_efficiency")).isTrue();
        assertThat(Workloads.reports("gemm", "tflops_all_at_once")).isTrue();
        assertThat(Workloads.reports("gemm", "bandwidth_node_total")).isFalse();
        assertThat(Workloads.reports("gemm", "tflops_total")).isFalse();
    }
}
