package io.vgpubench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.stats.Observation;
import io.vgpubench.stats.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CampaignComparisonTest {

    @Test
    void aHundredMetricsWithNoRealDifferenceAreCalledWorseInAtMostFivePercentOfComparisons() {
        // Seeded simulation: 400 comparisons of two campaigns, each 100 metrics of 5 repetitions drawn from the same
        // normal. Holm keeps the family-wise error at or below 5%; raw Welch p < 0.05 finds some "change" almost always.
        Random rnd = new Random(17);
        int anyWorse = 0;
        int anyRawSignificant = 0;
        int comparisons = 400;
        for (int c = 0; c < comparisons; c++) {
            List<Series> a = new ArrayList<>();
            List<Series> b = new ArrayList<>();
            for (int m = 0; m < 100; m++) {
                a.add(series("m" + m, rnd));
                b.add(series("m" + m, rnd));
            }
            CampaignComparison cmp = CampaignComparison.of("A", a, "B", b);
            anyWorse += cmp.changes().stream().anyMatch(ch -> ch.worseBy(0)) ? 1 : 0;
            anyRawSignificant += cmp.changes().stream().anyMatch(ch -> ch.pValue() < 0.05) ? 1 : 0;
        }
        assertThat(anyWorse / (double) comparisons).isLessThanOrEqualTo(0.05);
        assertThat(anyRawSignificant / (double) comparisons).isGreaterThan(0.9);
    }

    @Test
    void everyChangeCarriesItsRawAndAdjustedP() {
        Random rnd = new Random(3);
        List<Series> a = List.of(series("x", rnd), series("y", rnd));
        List<Series> b = List.of(series("x", rnd), series("y", rnd));
        CampaignComparison cmp = CampaignComparison.of("A", a, "B", b);
        assertThat(cmp.changes()).allSatisfy(ch -> assertThat(ch.pAdjusted()).isGreaterThanOrEqualTo(ch.pValue()));
    }

    private static Series series(String metric, Random rnd) {
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            obs.add(new Observation("f", "w", metric, "s", false, 1, 100 + rnd.nextGaussian(), i, null, null, i));
        }
        return Series.of(obs);
    }
}
