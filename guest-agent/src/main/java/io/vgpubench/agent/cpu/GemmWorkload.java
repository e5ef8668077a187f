package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.workload.GemmReference;
import io.vgpubench.agent.workload.GemmShape;
import java.util.List;
import java.util.SplittableRandom;

/** {@code gemm} on the CPU: C = A·B in fp64 or fp32 on every core, in TFLOP/s. */
final class GemmWorkload implements PreparedWorkload {
    private final String precision;
    private final GemmShape shape;
    private final Parallel parallel;
    private GemmBuffers buffers;

    GemmWorkload(Parameters p, Parallel parallel, MemoryCap cap) throws WorkloadException {
        this.precision = p.string("precision");
        this.shape = shape(p);
        this.parallel = parallel;
        this.buffers = GemmBuffers.allocate(precision, shape.aLength(), shape.bLength(), shape.cLength(), cap);
        buffers.fill(shape, new SplittableRandom());
    }

    static GemmShape shape(Parameters p) throws WorkloadException {
        int m = p.intValue("m");
        int n = p.intValue("n");
        int k = p.intValue("k");
        if (m < 1 || n < 1 || k < 1) {
            throw new WorkloadException("gemm sizes m, n, k must be positive, got " + m + ", " + n + ", " + k);
        }
        return new GemmShape(m, n, k);
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        long t0 = System.nanoTime();
        Interrupts.run(() -> buffers.multiply(shape, parallel));
        double seconds = (System.nanoTime() - t0) / 1e9;
        return List.of(new Measurement("tflops", shape.flops() / seconds / 1e12, "TFLOP/s", true));
    }

    @Override
    public Verification verify() throws WorkloadException {
        int[] rows = GemmReference.rows(shape, GemmReference.BUDGET);
        double error = Interrupts.call(() -> buffers.verify(shape, parallel, GemmReference.BUDGET));
        return Verification.within(error, GemmReference.bound(precision, shape.k()),
                precision + " " + shape + ", " + rows.length + " of " + shape.m() + " rows against a double-precision reference");
    }

    @Override
    public void close() {
        buffers = null;
    }
}
