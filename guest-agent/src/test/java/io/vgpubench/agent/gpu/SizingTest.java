package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizingTest {
    private static final long GIB = 1L << 30;

    @Test
    void defaultsFillTheChipWhenTheCardHasRoom() {
        assertThat(Sizing.gemmEdge(79 * GIB, Precision.FP64)).isEqualTo(8192);
        assertThat(Sizing.copyBytes(79 * GIB)).isEqualTo(2 * GIB);
        assertThat(Sizing.transferBytes(79 * GIB)).isEqualTo(256L << 20);
        assertThat(Sizing.vggBatch(79 * GIB, Precision.FP16)).isEqualTo(64);
    }

    @Test
    void gemmEdgeShrinksInStepsOf256UntilThreeMatricesFitTheCap() {
        // 8 GiB card capped at 10%: 819 MiB, 90% of it for three fp64 matrices: 3 * 5632^2 * 8 B = 726 MiB fits, 5888 not
        long available = (long) (8 * GIB * 0.1);
        int n = Sizing.gemmEdge(available, Precision.FP64);
        assertThat(n % 256).isZero();
        assertThat(3L * n * n * 8).isLessThanOrEqualTo((long) (available * Sizing.HEADROOM));
        assertThat(3L * (n + 256) * (n + 256) * 8).isGreaterThan((long) (available * Sizing.HEADROOM));
        assertThat(n).isEqualTo(5632);
    }

    @Test
    void narrowerTypesKeepTheFullEdgeLonger() {
        long available = 1 * GIB;
        assertThat(Sizing.gemmEdge(available, Precision.BF16)).isGreaterThan(Sizing.gemmEdge(available, Precision.FP64));
    }

    @Test
    void copyTakesTwoBuffersWithinTheCapRoundedToMebibytes() {
        long bytes = Sizing.copyBytes(1 * GIB);
        assertThat(2 * bytes).isLessThanOrEqualTo(GIB);
        assertThat(bytes % (1 << 20)).isZero();
    }

    @Test
    void vggBatchShrinksToTheWorkspaceTheCapLeaves() {
        long available = 2 * GIB;
        int batch = Sizing.vggBatch(available, Precision.FP16);
        assertThat(batch).isBetween(1, 63);
        assertThat(VggWorkspace.of(batch, 1).bytes(Precision.FP16)).isLessThanOrEqualTo((long) (available * Sizing.HEADROOM));
        assertThat(VggWorkspace.of(batch + 1, 1).bytes(Precision.FP16)).isGreaterThan((long) (available * Sizing.HEADROOM));
    }
}
