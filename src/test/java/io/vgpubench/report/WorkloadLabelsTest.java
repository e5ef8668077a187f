package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadLabelsTest {
    private static Sample sample(String workload, Map<String, String> params) {
        return Sample.unscheduled("c", "i", "f", "r", workload, params, 1, 0, 1, null, "tflops", 1.0, "TFLOP/s", true,
                Instant.EPOCH, Instant.EPOCH, "cpu", null);
    }

    @Test
    void aWorkloadRunOneWayKeepsItsBareName() {
        Sample a = sample("memcopy", Map.of("bytes", "1024"));
        assertThat(new WorkloadLabels(List.of(a, a)).label(a)).isEqualTo("memcopy");
    }

    @Test
    void parameterSetsOfOneWorkloadAreNamedByTheParametersThatDiffer() {
        Sample fp64 = sample("gemm", Map.of("precision", "fp64", "m", "256"));
        Sample fp32 = sample("gemm", Map.of("precision", "fp32", "m", "256"));
        WorkloadLabels labels = new WorkloadLabels(List.of(fp64, fp32));
        assertThat(labels.label(fp64)).isEqualTo("gemm[precision=fp64]");
        assertThat(labels.label(fp32)).isEqualTo("gemm[precision=fp32]");
    }

    @Test
    void oneParameterThatTellsTheSetsApartIsEnoughPrecisionFirst() {
        Sample fp64 = sample("gemm", Map.of("precision", "fp64", "m", "256", "n", "256"));
        Sample fp32 = sample("gemm", Map.of("precision", "fp32", "m", "384", "n", "384"));
        WorkloadLabels labels = new WorkloadLabels(List.of(fp64, fp32));
        assertThat(labels.label(fp64)).isEqualTo("gemm[precision=fp64]");
        Sample a = sample("gemm", Map.of("precision", "fp64", "m", "256", "n", "512"));
        Sample b = sample("gemm", Map.of("precision", "fp64", "m", "512", "n", "256"));
        Sample c = sample("gemm", Map.of("precision", "fp32", "m", "256", "n", "512"));
        assertThat(new WorkloadLabels(List.of(a, b, c)).label(a)).isEqualTo("gemm[m=256,n=512,precision=fp64]");
    }

    @Test
    void aThresholdOnTheBareNameCoversEveryVariant() {
        assertThat(WorkloadLabels.covers("gemm", "gemm[precision=fp64]")).isTrue();
        assertThat(WorkloadLabels.covers("gemm", "gemmx")).isFalse();
        assertThat(WorkloadLabels.covers("*", "vgg16")).isTrue();
    }
}
