package io.vgpubench.agent.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Vgg16ShapesTest {
    @Test
    void theRealNetworkCostsAbout30Point9GflopPerImage() {
        // VGG-16 is quoted at ~15.5 G multiply-adds per 224×224 image; a multiply-add is two FLOPs.
        assertThat(Vgg16Shapes.flops(Vgg16Shapes.layers(1, 1))).isCloseTo(30.94e9, within(0.05e9));
    }

    @Test
    void hasThirteenConvolutionsAndThreeFullyConnectedLayersWithTheirRealShapes() {
        List<Vgg16Shapes.Layer> layers = Vgg16Shapes.layers(2, 1);

        assertThat(layers).hasSize(16);
        assertThat(layers.get(0)).isEqualTo(new Vgg16Shapes.Layer("conv1_1", new GemmShape(64, 2 * 224 * 224, 27)));
        assertThat(layers.get(12)).isEqualTo(new Vgg16Shapes.Layer("conv5_3", new GemmShape(512, 2 * 14 * 14, 512 * 9)));
        assertThat(layers.subList(13, 16)).extracting(Vgg16Shapes.Layer::gemm).containsExactly(
                new GemmShape(4096, 2, 25088), new GemmShape(4096, 2, 4096), new GemmShape(1000, 2, 4096));
    }

    @Test
    void flopsGrowLinearlyWithTheBatch() {
        assertThat(Vgg16Shapes.flops(Vgg16Shapes.layers(8, 1))).isEqualTo(8 * Vgg16Shapes.flops(Vgg16Shapes.layers(1, 1)));
    }

    @Test
    void scaleDividesChannelsButKeepsTheImageAndTheClasses() {
        List<Vgg16Shapes.Layer> layers = Vgg16Shapes.layers(1, 8);

        assertThat(layers.get(0).gemm()).isEqualTo(new GemmShape(8, 224 * 224, 27));
        assertThat(layers.get(13).gemm()).isEqualTo(new GemmShape(512, 1, 64 * 49));
        assertThat(layers.get(15).gemm().m()).isEqualTo(1000);
    }
}
