package io.vgpubench.agent.gpu;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Host-side matrices for GEMM inputs and their check: filled with fresh random values (never zeros)
 * in parallel, and multiplied by a vector in float64 for the reference (Freivalds' check).
 */
final class HostMatrices {
    private static final int SLICE = 1 << 20;

    private HostMatrices() {}

    static ByteBuffer allocate(long elements, Precision p) {
        long bytes = elements * p.bytes();
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a host matrix of " + bytes + " bytes exceeds 2 GiB");
        }
        return ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    static ByteBuffer random(long elements, Precision p, long seed) {
        ByteBuffer b = allocate(elements, p);
        int slices = (int) ((elements + SLICE - 1) / SLICE);
        IntStream.range(0, slices).parallel().forEach(s -> {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + s);
            int end = (int) Math.min(elements, (long) (s + 1) * SLICE);
            for (int i = s * SLICE; i < end; i++) {
                p.putRandom(b, i, r);
            }
        });
        return b;
    }

    /** y = M x for a column-major rows x cols matrix M, in float64, in parallel over column blocks. */
    static double[] times(ByteBuffer m, Precision p, int rows, int cols, double[] x) {
        int blocks = Math.max(1, Math.min(cols, Runtime.getRuntime().availableProcessors() * 4));
        return IntStream.range(0, blocks).parallel().mapToObj(blk -> {
            double[] y = new double[rows];
            int from = (int) ((long) cols * blk / blocks);
            int to = (int) ((long) cols * (blk + 1) / blocks);
            for (int j = from; j < to; j++) {
                double xj = x[j];
                int base = j * rows;
                for (int i = 0; i < rows; i++) {
                    y[i] += p.get(m, base + i) * xj;
                }
            }
            return y;
        }).reduce(new double[rows], HostMatrices::sum);
    }

    private static double[] sum(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }
}
