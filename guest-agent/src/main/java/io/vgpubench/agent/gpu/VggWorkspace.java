package io.vgpubench.agent.gpu;

import io.vgpubench.agent.workload.GemmShape;
import io.vgpubench.agent.workload.Vgg16Shapes;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The device buffers the VGG-16 proxy reuses for every layer: one as large as the largest weight
 * matrix, one as the largest im2col input, one as the largest output (shapes from {@link Vgg16Shapes}).
 */
record VggWorkspace(long weightElements, long inputElements, long outputElements) {

    static VggWorkspace of(List<Vgg16Shapes.Layer> layers) {
        return new VggWorkspace(max(layers, GemmShape::aLength), max(layers, GemmShape::bLength),
                max(layers, GemmShape::cLength));
    }

    static VggWorkspace of(int batch, int scale) {
        return of(Vgg16Shapes.layers(batch, scale));
    }

    long bytes(Precision p) {
        return (weightElements + inputElements + outputElements) * p.bytes();
    }

    private static long max(List<Vgg16Shapes.Layer> layers, ToLongFunction<GemmShape> size) {
        return layers.stream().mapToLong(l -> size.applyAsLong(l.gemm())).max().orElseThrow();
    }
}
