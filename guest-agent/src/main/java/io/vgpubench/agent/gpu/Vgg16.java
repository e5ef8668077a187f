package io.vgpubench.agent.gpu;

import java.util.List;

/**
 * VGG-16 inference (224x224 input) as the GEMMs its layers become under im2col: each convolution is
 * (out channels) x (in channels * 9) times (in channels * 9) x (pixels * batch); the classifier's
 * layers are plain matrix products with the batch as n. About 15.5 G multiply-adds per image.
 */
final class Vgg16 {
    /** One layer as a column-major GEMM: m = out channels, k = reduction, n = pixels per image * batch. */
    record Layer(String name, int m, int k, int pixelsPerImage) {
        long n(int batch) {
            return (long) pixelsPerImage * batch;
        }

        double flops(int batch) {
            return 2.0 * m * k * n(batch);
        }
    }

    static final List<Layer> LAYERS = List.of(
            conv("conv1_1", 3, 64, 224), conv("conv1_2", 64, 64, 224),
            conv("conv2_1", 64, 128, 112), conv("conv2_2", 128, 128, 112),
            conv("conv3_1", 128, 256, 56), conv("conv3_2", 256, 256, 56), conv("conv3_3", 256, 256, 56),
            conv("conv4_1", 256, 512, 28), conv("conv4_2", 512, 512, 28), conv("conv4_3", 512, 512, 28),
            conv("conv5_1", 512, 512, 14), conv("conv5_2", 512, 512, 14), conv("conv5_3", 512, 512, 14),
            new Layer("fc6", 4096, 512 * 7 * 7, 1), new Layer("fc7", 4096, 4096, 1), new Layer("fc8", 1000, 4096, 1));

    private Vgg16() {}

    private static Layer conv(String name, int in, int out, int edge) {
        return new Layer(name, out, in * 9, edge * edge);
    }

    static double flopsPerImage() {
        return LAYERS.stream().mapToDouble(l -> l.flops(1)).sum();
    }

    static long weightElements() {
        return LAYERS.stream().mapToLong(l -> (long) l.m() * l.k()).max().orElseThrow();
    }

    static long inputElements(int batch) {
        return LAYERS.stream().mapToLong(l -> l.k() * l.n(batch)).max().orElseThrow();
    }

    static long outputElements(int batch) {
        return LAYERS.stream().mapToLong(l -> l.m() * l.n(batch)).max().orElseThrow();
    }

    /** Device bytes for the largest weight, im2col input and output buffers, reused by every layer. */
    static long workspaceBytes(int batch, Precision p) {
        return (weightElements() + inputElements(batch) + outputElements(batch)) * p.bytes();
    }

    static Layer layer(String name) {
        return LAYERS.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
