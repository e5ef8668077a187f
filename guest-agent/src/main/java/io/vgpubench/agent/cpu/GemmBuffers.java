package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.workload.GemmReference;
import io.vgpubench.agent.workload.GemmShape;
import java.util.SplittableRandom;

/**
 * A, B and C of one precision, big enough for every shape they will serve, with the cache-blocked
 * multithreaded product over them (C = A·B, overwriting C). Tiles of C go to the cores; inside a
 * tile the loop order i-p-j streams rows of B and C so the JIT vectorizes the inner loop.
 */
abstract sealed class GemmBuffers permits DoubleGemm, FloatGemm {
    static final int ROWS = 64;
    static final int COLS = 512;
    static final int DEPTH = 256;

    static GemmBuffers allocate(String precision, long a, long b, long c, MemoryCap cap) throws WorkloadException {
        int bytes = bytesPerElement(precision);
        cap.check("the " + precision + " matrices", (a + b + c) * bytes);
        int[] len = {MemoryCap.arrayLength(a), MemoryCap.arrayLength(b), MemoryCap.arrayLength(c)};
        return precision.equals("fp64") ? new DoubleGemm(len) : new FloatGemm(len);
    }

    static int bytesPerElement(String precision) throws WorkloadException {
        return switch (precision) {
            case "fp64" -> 8;
            case "fp32" -> 4;
            default -> throw new WorkloadException("precision " + precision + " needs the CUDA backend (the CPU backend has fp64 and fp32)");
        };
    }

    /** Fills A and B of {@code s} with fresh values uniform in [-1, 1) (never zeros). */
    abstract void fill(GemmShape s, SplittableRandom random);

    abstract void multiply(GemmShape s, Parallel parallel) throws InterruptedException;

    /** Relative Frobenius error of C against a double-precision reference on {@code rows}. */
    abstract double relativeError(GemmShape s, int[] rows);

    double verify(GemmShape s, Parallel parallel, long budget) throws InterruptedException {
        fill(s, new SplittableRandom());
        multiply(s, parallel);
        return relativeError(s, GemmReference.rows(s, budget));
    }

    static double uniform(SplittableRandom random) {
        return random.nextDouble(-1, 1);
    }
}
