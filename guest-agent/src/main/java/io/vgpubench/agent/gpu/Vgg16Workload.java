package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.nio.ByteBuffer;
import io.vgpubench.agent.workload.GemmShape;
import io.vgpubench.agent.workload.Vgg16Shapes;
import java.util.List;
import java.util.Locale;

/**
 * The inference proxy: one VGG-16 forward pass as its sixteen im2col GEMMs ({@link Vgg16Shapes}) through
 * cuBLAS, on shared weight, input and output buffers filled with random data; images per second.
 */
final class Vgg16Workload implements PreparedWorkload {
    private static final int TILE = 32 << 20;
    private final CudaDevice device;
    private final Blas blas;
    private final BufferSet buffers;
    private final DeviceRounds rounds;
    private final Precision p;
    private final int batch;
    private final List<Vgg16Shapes.Layer> layers;
    private final DeviceBuffer weights;
    private final DeviceBuffer inputs;
    private final DeviceBuffer outputs;
    private int iterations;
    private long seed = 23;

    static Vgg16Workload prepare(CudaDevice device, Blas blas, Parameters params) throws WorkloadException {
        Precision p = Precision.parse(params.string("precision"));
        int batch = Sizing.positiveInt(params.longValue("batch"), "batch");
        int scale = Sizing.positiveInt(params.longValue("scale"), "scale");
        int iterations = (int) Sizing.given(params, "iterations", 0);
        List<Vgg16Shapes.Layer> layers;
        try {
            layers = Vgg16Shapes.layers(batch, scale);
        } catch (IllegalArgumentException e) {
            throw new WorkloadException(e.getMessage());
        }
        String what = String.format(Locale.ROOT, "vgg16 %s batch=%d scale=%d", p.label(), batch, scale);
        VggWorkspace space = VggWorkspace.of(layers);
        device.budget().check(space.bytes(p), what);
        return BufferSet.build(device, what, set -> new Vgg16Workload(device, blas, set, p, batch, layers, space,
                iterations));
    }

    private Vgg16Workload(CudaDevice device, Blas blas, BufferSet buffers, Precision p, int batch,
            List<Vgg16Shapes.Layer> layers, VggWorkspace space, int iterations) throws WorkloadException {
        this.device = device;
        this.blas = blas;
        this.buffers = buffers;
        this.p = p;
        this.batch = batch;
        this.layers = layers;
        this.iterations = iterations;
        this.weights = buffers.allocate(space.weightElements() * p.bytes(), "vgg16 weights");
        this.inputs = buffers.allocate(space.inputElements() * p.bytes(), "vgg16 im2col inputs");
        this.outputs = buffers.allocate(space.outputElements() * p.bytes(), "vgg16 outputs");
        this.rounds = new DeviceRounds(device);
        fill();
    }

    private void fill() {
        seed++;
        DeviceData.tile(device, weights, HostMatrices.random(Math.min(TILE, weights.bytes()) / p.bytes(), p, seed * 3));
        DeviceData.tile(device, inputs, HostMatrices.random(Math.min(TILE, inputs.bytes()) / p.bytes(), p, seed * 3 + 1));
    }

    /** One layer, column-major: weights (m x k) times im2col inputs (k x n) into outputs (m x n). */
    private void run(GemmShape g) {
        blas.gemm(p, g.m(), g.n(), g.k(), weights, inputs, outputs);
    }

    private void forward() {
        for (Vgg16Shapes.Layer l : layers) {
            run(l.gemm());
        }
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        return Cu.guarded("vgg16", () -> {
            device.makeCurrent();
            if (iterations == 0) {
                iterations = device.calibrate(this::forward);
            }
            double ms = rounds.ms(this::forward, iterations);
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
            for (Vgg16Shapes.Layer l : layers) {
                if (!l.name().equals("conv5_1") && !l.name().equals("fc6")) {
                    continue;
                }
                Verification v = check(l);
                if (worst == null || !v.passed() || worst.passed() && v.relativeError() > worst.relativeError()) {
                    worst = v;
                }
            }
            return worst;
        });
    }

    private Verification check(Vgg16Shapes.Layer l) {
        GemmShape g = l.gemm();
        DeviceData.poison(device, outputs);
        run(g);
        ByteBuffer a = DeviceData.readBack(device, weights, g.aLength(), p);
        ByteBuffer b = DeviceData.readBack(device, inputs, g.bLength(), p);
        ByteBuffer c = DeviceData.readBack(device, outputs, g.cLength(), p);
        Verification v = Freivalds.check(p, g.m(), g.n(), g.k(), a, b, c, seed);
        return new Verification(v.passed(), v.relativeError(), v.bound(), l.name() + ": " + v.detail());
    }

    @Override
    public int queuedAhead() {
        return rounds.queuedAhead();
    }

    @Override
    public void drain() throws WorkloadException {
        rounds.drain("vgg16");
    }

    @Override
    public void close() {
        rounds.closeWith(buffers);
    }
}
