package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Vgg16Test {

    @Test
    void hasThirteenConvolutionsAndThreeClassifierLayers() {
        assertThat(Vgg16.LAYERS).hasSize(16);
        assertThat(Vgg16.LAYERS.stream().filter(l -> l.name().startsWith("conv"))).hasSize(13);
    }

    @Test
    void costsTheKnownFifteenPointFiveGigaMultiplyAddsPerImage() {
        assertThat(Vgg16.flopsPerImage() / 2 / 1e9).isCloseTo(15.47, within(0.02));
    }

    @Test
    void workspaceIsSizedByTheLargestLayerOfEachOperand() {
        assertThat(Vgg16.weightElements()).isEqualTo(4096L * 25088);
        assertThat(Vgg16.inputElements(1)).isEqualTo(576L * 224 * 224);
        assertThat(Vgg16.outputElements(2)).isEqualTo(64L * 224 * 224 * 2);
        assertThat(Vgg16.workspaceBytes(64, Precision.FP16)).isEqualTo(
                (4096L * 25088 + 576L * 50176 * 64 + 64L * 50176 * 64) * 2);
    }
}
