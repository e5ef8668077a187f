package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OutliersTest {

    @Test
    void flagsAValueFarFromTheOthers() {
        // Step 0: mean 10.8333, sd 2.0461, R = 4.1667/2.0461 = 2.0364 against λ(6) = 1.9728 (scipy: t.ppf(1 - 0.01/12, 4)
        // = 7.5287): flagged. max(1, 6/10) = 1 step only.
        double[] values = {10.1, 10.0, 9.9, 10.2, 9.8, 15.0};
        assertThat(Outliers.flag(values)).containsExactly(5);
    }

    @Test
    void criticalValuesMatchScipy() {
        // λ = (m − 1)·t / √((m − 2 + t²)·m), t = scipy.stats.t.ppf(1 − 0.01/(2m), m − 2):
        // m = 6: 1.9728167...; m = 20: 3.0008042...; m = 3: 1.1546847...
        assertThat(Outliers.critical(6)).isCloseTo(1.972817, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(Outliers.critical(20)).isCloseTo(3.000804, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(Outliers.critical(3)).isCloseTo(1.154694, org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void flagsSeveralGrossValuesInALongSeriesUpToATenth() {
        double[] values = new double[30];
        Random rnd = new Random(7);
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + rnd.nextGaussian();
        }
        values[4] = 140;
        values[17] = 60;
        assertThat(Outliers.flag(values)).containsExactly(4, 17);
    }

    @Test
    void flagsNothingWhenValuesAreIdenticalOrTooFew() {
        assertThat(Outliers.flag(new double[] {3, 3, 3, 3})).isEmpty();
        assertThat(Outliers.flag(new double[] {1, 100})).isEmpty();
        assertThat(Outliers.flag(new double[] {5})).isEmpty();
    }

    @Test
    void flagsANormalSeriesAtMostFivePercentOfTheTimeAtEveryN() {
        // Seeded simulation: 4000 normal series at each n; the share of series with any flag. The old MAD rule
        // (|x − median| > 3.5·1.4826·MAD) flagged 21-29% at n = 3-5 and, with a fixed cut-off, ever more as n grows.
        Random rnd = new Random(20261202L);
        List<Integer> ns = Stream.concat(IntStream.rangeClosed(3, 30).boxed(), Stream.of(40, 50, 75, 100, 200, 500)).toList();
        Map<Integer, Double> rate = new LinkedHashMap<>();
        for (int n : ns) {
            int flagged = 0;
            int series = n >= 200 ? 1000 : 4000;
            for (int k = 0; k < series; k++) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = 50 + 2 * rnd.nextGaussian();
                }
                flagged += Outliers.flag(x).isEmpty() ? 0 : 1;
            }
            rate.put(n, flagged / (double) series);
        }
        assertThat(rate).allSatisfy((n, r) -> assertThat(r).as("false-flag rate at n = " + n).isLessThanOrEqualTo(0.05));
        assertThat(rate.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .as("about α = 1% on average").isBetween(0.005, 0.02);
    }
}
