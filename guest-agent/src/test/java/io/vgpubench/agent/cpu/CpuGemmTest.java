package io.vgpubench.agent.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.workload.GemmReference;
import io.vgpubench.agent.workload.GemmShape;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpuGemmTest {
    /** Crosses every block edge of the kernel: 64 rows, 512 columns, 256 deep. */
    private static final GemmShape ODD = new GemmShape(130, 530, 300);
    private final Parallel parallel = new Parallel();
    private final MemoryCap noCap = MemoryCap.of(1.0);

    @AfterEach
    void close() {
        parallel.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fp64", "fp32"})
    void blockedProductMatchesTheReferenceOnEveryRowAcrossBlockEdges(String precision) throws Exception {
        GemmBuffers buffers = GemmBuffers.allocate(precision, ODD.aLength(), ODD.bLength(), ODD.cLength(), noCap);

        double error = buffers.verify(ODD, parallel, Long.MAX_VALUE);

        assertThat(error).isGreaterThanOrEqualTo(0).isLessThan(GemmReference.bound(precision, ODD.k()));
    }

    @Test
    void theReferenceCatchesAProductThatIsWrongByOneBlock() throws Exception {
        GemmBuffers buffers = GemmBuffers.allocate("fp32", ODD.aLength(), ODD.bLength(), ODD.cLength(), noCap);
        buffers.fill(ODD, new SplittableRandom(1));
        buffers.multiply(new GemmShape(ODD.m(), ODD.n(), 256), parallel); // skips the last 44 of k

        assertThat(buffers.relativeError(ODD, GemmReference.rows(ODD, Long.MAX_VALUE)))
                .isGreaterThan(1000 * GemmReference.bound("fp32", ODD.k()));
    }

    @Test
    void gemmWorkloadVerifiesAndReportsPositiveTflops() throws Exception {
        try (PreparedWorkload gemm = new GemmWorkload(params("fp64", 96), parallel, noCap)) {
            Verification check = gemm.verify();
            assertThat(check.passed()).as(check.toString()).isTrue();
            assertThat(check.detail()).contains("fp64 96x96x96", "96 of 96 rows");
            Measurement m = gemm.measure().get(0);
            assertThat(m.metric()).isEqualTo("tflops");
            assertThat(m.value()).isPositive();
            assertThat(m.higherIsBetter()).isTrue();
        }
    }

    @Test
    void halfPrecisionsAreLeftToTheCudaBackendWithAClearMessage() {
        assertThatThrownBy(() -> new GemmWorkload(params("bf16", 8), parallel, noCap))
                .isInstanceOf(WorkloadException.class).hasMessageStartingWith("precision bf16 needs the CUDA backend");
    }

    @Test
    void refusesSizesAboveTheMemoryCapBeforeAllocating() {
        MemoryCap cap = new MemoryCap(0.5, 1L << 20);

        assertThatThrownBy(() -> new GemmWorkload(params("fp64", 256), parallel, cap))
                .hasMessageStartingWith("the fp64 matrices need 1 MiB, above the memory cap of 0 MiB (memory_fraction 0.5");
    }

    private static Parameters params(String precision, int size) {
        String s = String.valueOf(size);
        return new Parameters(Map.of("precision", precision, "m", s, "n", s, "k", s));
    }
}
