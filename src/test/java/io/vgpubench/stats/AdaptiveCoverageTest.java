package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.model.AdaptiveRepetitions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded coverage simulation of adaptive repetitions: synthetic campaigns (normal repetitions of a flavor and its
 * baseline, true ratio known) run the rule as a campaign does, looking after each round at the overhead interval at
 * the rule's level and going on or stopping; the interval at the look where each stopped must contain the true
 * overhead at least 95% of the time. The settings put the stops at every look (the mean n is printed), where a rule
 * that looked at plain 95% intervals would be on its own.
 */
class AdaptiveCoverageTest {
    private static final int CAMPAIGNS = 3000;

    @ParameterizedTest(name = "cv {0}%, rule {1}..{2} to ±{3}%, higher is better {4}")
    @CsvSource({
        "1.0, 5, 50, 1.0, true",
        "2.0, 5, 50, 1.5, true",
        "0.5, 3, 40, 0.5, false",
        "3.0, 5, 80, 2.0, false",
        "1.0, 2, 64, 0.8, true"})
    void theIntervalWhereTheRuleStopsCoversTheTrueOverheadAtLeastNinetyFivePercentOfTheTime(
            double cvPct, int min, int max, double target, boolean hib) {
        AdaptiveRepetitions rule = new AdaptiveRepetitions(min, max, target);
        Outcome adjusted = simulate(rule, rule.level(), cvPct, hib, new Random(31L * min + max));
        Outcome naive = simulate(rule, 0.95, cvPct, hib, new Random(31L * min + max));
        System.out.printf(java.util.Locale.ROOT, "adaptive cv %.1f%% %d..%d ±%.1f%%: coverage %.4f at %.1f%% a look"
                        + " (mean n %.1f, stops per look %s); with plain 95%% intervals %.4f (mean n %.1f)%n",
                cvPct, min, max, target, adjusted.coverage(), rule.level() * 100, adjusted.meanN(),
                java.util.Arrays.toString(adjusted.stops()), naive.coverage(), naive.meanN());
        // the Bonferroni split is conservative: at or above 95%, not merely within the simulation's error of it
        assertThat(adjusted.coverage()).as("coverage").isGreaterThanOrEqualTo(0.95);
    }

    private record Outcome(double coverage, double meanN, int[] stops) {}

    private static Outcome simulate(AdaptiveRepetitions rule, double level, double cvPct, boolean hib, Random rnd) {
        double baseMean = 100;
        double flavorMean = hib ? 92 : 108;
        double truth = Comparison.overhead(hib, flavorMean / baseMean);
        int covered = 0;
        long repetitions = 0;
        int[] stops = new int[rule.looks().size()];
        for (int c = 0; c < CAMPAIGNS; c++) {
            List<Double> flavor = new ArrayList<>();
            List<Double> base = new ArrayList<>();
            int n = rule.min();
            while (true) {
                draw(flavor, n, flavorMean, cvPct, rnd);
                draw(base, n, baseMean, cvPct, rnd);
                Comparison cmp = Comparison.of(series("f", flavor, hib), series("bare", base, hib), level);
                SummaryRow row = SummaryRow.of(series("f", flavor, hib), cmp, Double.NaN, false, 1);
                OptionalInt next = rule.next(n, OverheadReach.of(row));
                if (next.isEmpty()) {
                    boolean unbounded = cmp.intervalMethod() == RatioInterval.Method.UNBOUNDED;
                    covered += unbounded || cmp.overheadLow() <= truth && truth <= cmp.overheadHigh() ? 1 : 0;
                    repetitions += n;
                    stops[rule.looks().indexOf(n)]++;
                    break;
                }
                n = next.getAsInt();
            }
        }
        return new Outcome(covered / (double) CAMPAIGNS, repetitions / (double) CAMPAIGNS, stops);
    }

    private static void draw(List<Double> values, int n, double mean, double cvPct, Random rnd) {
        while (values.size() < n) {
            values.add(mean * (1 + cvPct / 100 * rnd.nextGaussian()));
        }
    }

    private static Series series(String flavor, List<Double> values, boolean hib) {
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            obs.add(new Observation(flavor, "w", "m", "u", hib, 1, values.get(i), i, null, null, i));
        }
        return Series.of(obs);
    }
}
