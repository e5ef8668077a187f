package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void readsOptionsAndWorkloadsWithTheirParameters() {
        BenchOptions o = BenchOptions.parse("--reps", "3", "--memory-fraction", "0.5", "launch",
                "gemm:precision=fp64,m=4096");
        assertThat(o.repetitions()).isEqualTo(3);
        assertThat(o.warmup()).isEqualTo(1);
        assertThat(o.memoryFraction()).isEqualTo(0.5);
        assertThat(o.items()).containsExactly(new BenchItem("launch", Map.of()),
                new BenchItem("gemm", Map.of("precision", "fp64", "m", "4096")));
    }

    @Test
    void selfTestExpandsToEveryWorkloadAtSmallSizes() {
        assertThat(BenchOptions.parse("--self-test").items()).extracting(BenchItem::workload)
                .contains("launch", "gemm", "memcopy", "transfer", "vgg16", "memprobe");
    }

    @Test
    void labelsListParametersInOrder() {
        assertThat(BenchItem.parse("transfer:memory=pinned,direction=h2d").label())
                .isEqualTo("transfer direction=h2d memory=pinned");
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndMalformedParameters() {
        assertThatThrownBy(() -> BenchOptions.parse("--fast", "launch")).hasMessage("unknown option --fast");
        assertThatThrownBy(() -> BenchOptions.parse("launch", "--reps")).hasMessage("--reps needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("gemm:precision")).hasMessageContaining("is not KEY=VALUE");
        assertThatThrownBy(() -> BenchOptions.parse("--reps", "2")).hasMessage("no workload given");
    }
}
