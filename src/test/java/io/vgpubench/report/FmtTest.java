package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void aMeanIsShownToThePrecisionItsSdSupports() {
        assertThat(Fmt.meanSd(179.83, 1.234)).isEqualTo("179.8 ± 1.2");
        assertThat(Fmt.meanSd(0.0025629, 0.00037833)).isEqualTo("0.00256 ± 0.00038");
    }

    @Test
    void aMeanWithoutSpreadKeepsItsFourSignificantDigitsInsteadOfRoundingToZero() {
        assertThat(Fmt.meanSd(0.0029083, 0.0)).isEqualTo("0.002908 ± 0.000000");
        assertThat(Fmt.meanSd(27.0, 0.0)).isEqualTo("27.00 ± 0.00");
        assertThat(Fmt.meanSd(0.0, 0.0)).isEqualTo("0.00 ± 0.00");
    }
}
