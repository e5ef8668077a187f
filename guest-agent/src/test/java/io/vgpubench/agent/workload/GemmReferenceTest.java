package io.vgpubench.agent.workload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GemmReferenceTest {
    @Test
    void checksEveryRowWhenCheapAndSpreadRowsIncludingFirstAndLastWhenNot() {
        assertThat(GemmReference.rows(new GemmShape(10, 10, 10), GemmReference.BUDGET)).hasSize(10);
        int[] sampled = GemmReference.rows(new GemmShape(4096, 4096, 4096), GemmReference.BUDGET);
        assertThat(sampled).hasSize(8).startsWith(0).endsWith(4095);
    }

    @Test
    void measuresTheRelativeFrobeniusErrorOfAKnownProduct() {
        double[] a = {1, 2, 3, 4};
        double[] b = {5, 6, 7, 8};
        double[] exact = {19, 22, 43, 50};
        double[] off = {19, 22, 43, 51};
        GemmShape s = new GemmShape(2, 2, 2);
        int[] all = {0, 1};

        assertThat(GemmReference.relativeError(s, i -> a[i], i -> b[i], i -> exact[i], all)).isZero();
        double norm = Math.sqrt(19 * 19 + 22 * 22 + 43 * 43 + 50 * 50);
        assertThat(GemmReference.relativeError(s, i -> a[i], i -> b[i], i -> off[i], all)).isEqualTo(1 / norm);
    }
}
