package io.vgpubench.agent.cpu;

import io.vgpubench.agent.workload.GemmReference;
import io.vgpubench.agent.workload.GemmShape;
import java.util.Arrays;
import java.util.SplittableRandom;

/** fp32 operands and the blocked product over them. */
final class FloatGemm extends GemmBuffers {
    private final float[] a;
    private final float[] b;
    private final float[] c;

    FloatGemm(int[] len) {
        a = new float[len[0]];
        b = new float[len[1]];
        c = new float[len[2]];
    }

    @Override
    void fill(GemmShape s, SplittableRandom random) {
        for (int i = 0; i < s.aLength(); i++) {
            a[i] = (float) uniform(random);
        }
        for (int i = 0; i < s.bLength(); i++) {
            b[i] = (float) uniform(random);
        }
    }

    @Override
    void multiply(GemmShape s, Parallel parallel) throws InterruptedException {
        int n = s.n();
        int k = s.k();
        parallel.tiles(s.m(), n, ROWS, COLS, (i0, i1, j0, j1) -> {
            for (int i = i0; i < i1; i++) {
                Arrays.fill(c, i * n + j0, i * n + j1, 0);
            }
            for (int p0 = 0; p0 < k; p0 += DEPTH) {
                Parallel.checkInterrupt();
                int p1 = Math.min(k, p0 + DEPTH);
                for (int i = i0; i < i1; i++) {
                    int ci = i * n;
                    int p = p0;
                    for (; p + 3 < p1; p += 4) { // four rows of B per pass: C is loaded and stored a quarter as often
                        float a0 = a[i * k + p];
                        float a1 = a[i * k + p + 1];
                        float a2 = a[i * k + p + 2];
                        float a3 = a[i * k + p + 3];
                        int b0 = p * n;
                        int b1 = b0 + n;
                        int b2 = b1 + n;
                        int b3 = b2 + n;
                        for (int j = j0; j < j1; j++) {
                            c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                        }
                    }
                    for (; p < p1; p++) {
                        float aip = a[i * k + p];
                        int bp = p * n;
                        for (int j = j0; j < j1; j++) {
                            c[ci + j] += aip * b[bp + j];
                        }
                    }
                }
            }
        });
    }

    @Override
    double relativeError(GemmShape s, int[] rows) {
        return GemmReference.relativeError(s, i -> a[i], i -> b[i], i -> c[i], rows);
    }
}
