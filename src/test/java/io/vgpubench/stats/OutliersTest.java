package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutliersTest {

    @Test
    void flagsOnlyValuesFarBeyondTheScaledMedianAbsoluteDeviation() {
        // By hand: median 10.0; deviations 0.1,0,0.1,0.2,0.2,5 -> MAD 0.15; limit 3.5·1.4826·0.15 = 0.778365.
        double[] values = {10.1, 10.0, 9.9, 10.2, 9.8, 15.0};
        assertThat(Outliers.flag(values)).containsExactly(5);
    }

    @Test
    void flagsNothingWhenValuesAreIdenticalOrTooFew() {
        assertThat(Outliers.flag(new double[] {3, 3, 3, 3})).isEmpty();
        assertThat(Outliers.flag(new double[] {1, 100})).isEmpty();
    }
}
