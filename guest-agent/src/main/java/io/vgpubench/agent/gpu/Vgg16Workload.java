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
 * The inference proxy: one VGG-16 forward pass as its sixteen im2col GEMMs through cuBLAS, on shared
 * weight, input and output buffers filled with random data; images per second at a batch size.
 */
final class Vgg16Workload implements PreparedWorkload {
    private static final int TILE = 32 << 20;
    private final CudaDevice device;
    private final Blas blas;
    private final BufferSet buffers;
    private final Precision p;
    private final int batch;
    private final DeviceBuffer weights;
    private final DeviceBuffer inputs;
    private final DeviceBuffer outputs;
    private int iterations;
    private long seed = 23;

    static Vgg16Workload prepare(CudaDevice device, Blas blas, Parameters params) throws WorkloadException {
        Precision p = Precision.parse(Sizing.given(params, "precision", "fp16"));
        int batch = Sizing.positiveInt(Sizing.given(params, "batch", Sizing.vggBatch(device.budget().available(), p)),
                "batch");
        int iterations = (int) Sizing.given(params, "iterations", 0);
        String what = String.format(Locale.ROOT, "vgg16 %s batch=%d", p.label(), batch);
        device.budget().check(Vgg16.workspaceBytes(batch, p), what);
        return BufferSet.build(device, what, set -> new Vgg16Workload(device, blas, set, p, batch, iterations));
    }

    private Vgg16Workload(CudaDevice device, Blas blas, BufferSet buffers, Precision p, int batch, int iterations)
            throws WorkloadException {
        this.device = device;
        this.blas = blas;
        this.buffers = buffers;
        this.p = p;
        this.batch = batch;
        this.iterations = iterations;
        this.weights = buffers.allocate(Vgg16.weightElements() * p.bytes(), "vgg16 weights");
        this.inputs = buffers.allocate(Vgg16.inputElements(batch) * p.bytes(), "vgg16 im2col inputs");
        this.outputs = buffers.allocate(Vgg16.outputElements(batch) * p.bytes(), "vgg16 outputs");
        fill();
    }

    private void fill() {
        seed++;
        DeviceData.tile(weights, HostMatrices.random(Math.min(TILE, weights.bytes()) / p.bytes(), p, seed * 3));
        DeviceData.tile(inputs, HostMatrices.random(Math.min(TILE, inputs.bytes()) / p.bytes(), p, seed * 3 + 1));
    }

    private void run(Vgg16.Layer l) {
        blas.gemm(p, l.m(), (int) l.n(batch), l.k(), weights, inputs, outputs);
    }

    private void forward() {
        for (Vgg16.Layer l : Vgg16.LAYERS) {
            run(l);
        }
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        return Cu.guarded("vgg16", () -> {
            device.makeCurrent();
            if (iterations == 0) {
                iterations = device.calibrate(this::forward);
            }
            double ms = device.timeMs(() -> {
                for (int i = 0; i < iterations; i++) {
                    forward();
                }
            });
            return List.of(new Measurement("images_per_second", (double) batch * iterations / (ms / 1e3),
                    "images/s", true));
        });
    }

    /** Fresh random data, then the widest convolution and the widest classifier layer checked by Freivalds. */
    @Override
    public Verification verify() throws WorkloadException {
        return Cu.guarded("vgg16 verification", () -> {
            device.makeCurrent();
            fill();
            Verification worst = null;
            for (String name : List.of("conv5_1", "fc6")) {
                Verification v = check(Vgg16.layer(name));
                if (worst == null || !v.passed() || worst.passed() && v.relativeError() > worst.relativeError()) {
                    worst = v;
                }
            }
            return worst;
        });
    }

    private Verification check(Vgg16.Layer l) {
        int n = (int) l.n(batch);
        DeviceData.poison(outputs);
        run(l);
        device.synchronize();
        ByteBuffer a = DeviceData.readBack(weights, (long) l.m() * l.k(), p);
        ByteBuffer b = DeviceData.readBack(inputs, (long) l.k() * n, p);
        ByteBuffer c = DeviceData.readBack(outputs, (long) l.m() * n, p);
        Verification v = Freivalds.check(p, l.m(), n, l.k(), a, b, c, seed);
        return new Verification(v.passed(), v.relativeError(), v.bound(), l.name() + ": " + v.detail());
    }

    @Override
    public void close() {
        buffers.close();
    }
}
