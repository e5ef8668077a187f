package io.vgpubench.agent.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * VGG-16's layers as matrix products, the same on every backend. Each of the 13 3×3 convolutions is
 * an im2col GEMM with M = output channels, N = batch·H·W, K = input channels·9 (224×224 input,
 * halved by the pooling after each block); the three fully connected layers 25088→4096→4096→1000 are
 * GEMMs with N = batch. {@code scale} divides every channel count and hidden width (not the 3 input
 * channels of the image, nor the 1000 classes) so a small machine can run the same structure quickly;
 * scale 1 is the real network, about 15.5 G multiply-adds (≈30.9 GFLOP) per image.
 */
public final class Vgg16Shapes {
    private static final int[][] BLOCKS = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};

    /** One layer: its name and its GEMM. */
    public record Layer(String name, GemmShape gemm) {}

    private Vgg16Shapes() {}

    public static List<Layer> layers(int batch, int scale) {
        if (batch < 1 || scale < 1 || scale > 64) {
            throw new IllegalArgumentException("batch must be ≥ 1 and scale in [1, 64], got batch " + batch + ", scale " + scale);
        }
        List<Layer> layers = new ArrayList<>();
        int side = 224;
        int in = 3;
        for (int b = 0; b < BLOCKS.length; b++) {
            for (int c = 0; c < BLOCKS[b].length; c++) {
                int out = BLOCKS[b][c] / scale;
                layers.add(new Layer("conv" + (b + 1) + "_" + (c + 1), new GemmShape(out, batch * side * side, in * 9)));
                in = out;
            }
            side /= 2;
        }
        int hidden = 4096 / scale;
        layers.add(new Layer("fc6", new GemmShape(hidden, batch, in * side * side)));
        layers.add(new Layer("fc7", new GemmShape(hidden, batch, hidden)));
        layers.add(new Layer("fc8", new GemmShape(1000, batch, hidden)));
        return List.copyOf(layers);
    }

    /** FLOPs of one forward pass of the whole batch (multiply-adds counted twice). */
    public static double flops(List<Layer> layers) {
        return layers.stream().mapToDouble(l -> l.gemm().flops()).sum();
    }
}
