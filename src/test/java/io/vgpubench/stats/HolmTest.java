package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void multipliesTheIthSmallestByTheTestsLeftAndKeepsTheOrder() {
        // By hand, m = 4: sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 -> max so far 0.06.
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted[0]).isCloseTo(0.03, within(1e-15));
        assertThat(adjusted[1]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[3]).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void leavesUndefinedPValuesOutOfTheCountAndCapsAtOne() {
        double[] adjusted = Holm.adjust(new double[] {Double.NaN, 0.6, 0.02});
        assertThat(adjusted[0]).isNaN();
        assertThat(adjusted[1]).isEqualTo(0.6);
        assertThat(adjusted[2]).isCloseTo(0.04, within(1e-15));
        assertThat(Holm.adjust(new double[] {0.9, 0.8})).containsExactly(1.0, 1.0);
        assertThat(Holm.adjust(new double[0])).isEmpty();
    }
}
