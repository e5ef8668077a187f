package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.workload.GemmReference;
import io.vgpubench.agent.workload.GemmShape;
import io.vgpubench.agent.workload.Vgg16Shapes;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code vgg16} on the CPU: VGG-16's 16 layers as a sequence of fp32 GEMMs (see {@link Vgg16Shapes}),
 * in images per second. It times the GEMMs, which carry nearly all of the network's arithmetic; the
 * im2col copies, activations and pooling are left out, and each layer multiplies random operands in
 * buffers shared by all layers (sized for the largest), so memory stays at one layer's worth.
 */
final class Vgg16Workload implements PreparedWorkload {
    private static final long CHECK_BUDGET = 1L << 24;
    private final int batch;
    private final List<Vgg16Shapes.Layer> layers;
    private final Parallel parallel;
    private final GemmBuffers buffers;

    Vgg16Workload(Parameters p, Parallel parallel, MemoryCap cap) throws WorkloadException {
        if (!p.string("precision").equals("fp32")) {
            throw new WorkloadException("vgg16 precision " + p.string("precision") + " needs the CUDA backend (the CPU backend runs fp32)");
        }
        this.batch = p.intValue("batch");
        int scale = p.intValue("scale");
        try {
            this.layers = Vgg16Shapes.layers(batch, scale);
        } catch (IllegalArgumentException e) {
            throw new WorkloadException("vgg16: " + e.getMessage());
        }
        this.parallel = parallel;
        this.buffers = GemmBuffers.allocate("fp32", max(GemmShape::aLength), max(GemmShape::bLength), max(GemmShape::cLength), cap);
        SplittableRandom random = new SplittableRandom();
        layers.forEach(l -> buffers.fill(l.gemm(), random));
    }

    private long max(java.util.function.ToLongFunction<GemmShape> size) {
        return layers.stream().mapToLong(l -> size.applyAsLong(l.gemm())).max().orElseThrow();
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        long t0 = System.nanoTime();
        for (Vgg16Shapes.Layer layer : layers) {
            Interrupts.run(() -> buffers.multiply(layer.gemm(), parallel));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return List.of(new Measurement("images_per_second", batch / seconds, "images/s", true));
    }

    @Override
    public Verification verify() throws WorkloadException {
        double worst = 0;
        String worstLayer = layers.get(0).name();
        for (Vgg16Shapes.Layer layer : layers) {
            double error = Interrupts.call(() -> buffers.verify(layer.gemm(), parallel, CHECK_BUDGET))
                    / GemmReference.bound("fp32", layer.gemm().k());
            if (!(error <= worst)) {
                worst = error;
                worstLayer = layer.name();
            }
        }
        return Verification.within(worst, 1, "all 16 layers checked on sampled rows against a double-precision reference; "
                + "error shown relative to each layer's fp32 bound, worst at " + worstLayer);
    }

    @Override
    public void close() {
        // the buffers go with this object
    }
}
