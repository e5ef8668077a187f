package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;

/**
 * GEMM through cuBLAS (cublasGemmEx) in one precision: random inputs uploaded once, back-to-back
 * products timed on the host clock, the next round queued behind ({@link Rounds}); verified with Freivalds' check on fresh inputs.
 */
final class GemmWorkload implements PreparedWorkload {
    private final CudaDevice device;
    private final Blas blas;
    private final BufferSet buffers;
    private final DeviceRounds rounds;
    private final Precision p;
    private final int m;
    private final int n;
    private final int k;
    private final DeviceBuffer a;
    private final DeviceBuffer b;
    private final DeviceBuffer c;
    private int iterations;
    private long seed = 1;
    private ByteBuffer hostA;
    private ByteBuffer hostB;

    static GemmWorkload prepare(CudaDevice device, Blas blas, Parameters params) throws WorkloadException {
        Precision p = Precision.parse(params.string("precision"));
        int m = Sizing.positiveInt(params.longValue("m"), "m");
        int n = Sizing.positiveInt(params.longValue("n"), "n");
        int k = Sizing.positiveInt(params.longValue("k"), "k");
        int iterations = (int) Sizing.given(params, "iterations", 0);
        String what = String.format(Locale.ROOT, "gemm %s m=%d n=%d k=%d", p.label(), m, n, k);
        device.budget().check(((long) m * k + (long) k * n + (long) m * n) * p.bytes(), what);
        long largest = Math.max((long) m * k, Math.max((long) k * n, (long) m * n)) * p.bytes();
        if (largest > Integer.MAX_VALUE) {
            throw new WorkloadException(what + ": matrices above 2 GiB each are not supported (the reference"
                    + " check keeps them on the host); lower m, n or k");
        }
        return BufferSet.build(device, what, set -> new GemmWorkload(device, blas, set, p, m, n, k, iterations));
    }

    private GemmWorkload(CudaDevice device, Blas blas, BufferSet buffers, Precision p, int m, int n, int k,
            int iterations) throws WorkloadException {
        this.device = device;
        this.blas = blas;
        this.buffers = buffers;
        this.p = p;
        this.m = m;
        this.n = n;
        this.k = k;
        this.iterations = iterations;
        this.a = buffers.allocate((long) m * k * p.bytes(), "gemm " + p.label() + " A");
        this.b = buffers.allocate((long) k * n * p.bytes(), "gemm " + p.label() + " B");
        this.c = buffers.allocate((long) m * n * p.bytes(), "gemm " + p.label() + " C");
        this.rounds = new DeviceRounds(device);
        fill();
    }

    private void fill() {
        seed++;
        hostA = HostMatrices.random((long) m * k, p, seed * 2);
        hostB = HostMatrices.random((long) k * n, p, seed * 2 + 1);
        DeviceData.upload(device, a, hostA);
        DeviceData.upload(device, b, hostB);
    }

    private void gemm() {
        blas.gemm(p, m, n, k, a, b, c);
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        return Cu.guarded("gemm " + p.label(), () -> {
            device.makeCurrent();
            if (iterations == 0) {
                iterations = device.calibrate(this::gemm);
            }
            double ms = rounds.ms(this::gemm, iterations);
            double tflops = 2.0 * m * n * k * iterations / (ms / 1e3) / 1e12;
            return List.of(new Measurement("tflops", tflops, "TFLOP/s", true));
        });
    }

    @Override
    public Verification verify() throws WorkloadException {
        return Cu.guarded("gemm " + p.label() + " verification", () -> {
            device.makeCurrent();
            fill();
            DeviceData.poison(device, c);
            gemm();
            ByteBuffer hostC = DeviceData.readBack(device, c, (long) m * n, p);
            return Freivalds.check(p, m, n, k, hostA, hostB, hostC, seed);
        });
    }

    @Override
    public int queuedAhead() {
        return rounds.queuedAhead();
    }

    @Override
    public void drain() throws WorkloadException {
        rounds.drain("gemm");
    }

    @Override
    public void close() {
        rounds.closeWith(buffers);
    }
}
