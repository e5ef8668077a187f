package io.vgpubench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code repetitions: {min, max, target_ci_pct}}: run {@code min} repetitions per instance, then more, until the
 * overhead interval of every flavor against the baseline reaches no further than ± {@code targetCiPct} points from
 * its estimate, or {@code max} is reached.
 *
 * <p>The rule may stop only at <em>looks</em> fixed before any data is seen: min, 2·min, 4·min, … and max
 * ({@link #looks()}). Every interval it computes, at every look, is Fieller's at the level 1 − 0.05/K, K the number
 * of looks ({@link #level()}). By Bonferroni's inequality the chance that the interval misses the true ratio at any
 * of the K looks is at most 0.05, so the interval at whichever look the data made the campaign stop still covers with
 * at least 95% (repeated confidence intervals, Jennison and Turnbull 1989, with a Bonferroni split of α; the
 * coverage is checked by simulation in {@code AdaptiveCoverageTest}). Where the data predict that the next look is
 * too early, the rule skips to a later one (skipping never adds a look).
 */
@com.fasterxml.jackson.databind.annotation.JsonNaming(
        com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AdaptiveRepetitions(int min, int max, double targetCiPct) {
    /** The error probability shared out over the looks. */
    public static final double ALPHA = 0.05;

    public AdaptiveRepetitions {
        if (min < 2 || max < min || !(targetCiPct > 0)) {
            throw new IllegalArgumentException("min " + min + ", max " + max + ", target " + targetCiPct);
        }
    }

    /** Repetitions per instance at which the rule may stop, in order: min doubled until max, and max. */
    public List<Integer> looks() {
        List<Integer> looks = new ArrayList<>();
        for (long n = min; n < max; n *= 2) {
            looks.add((int) n);
        }
        looks.add(max);
        return List.copyOf(looks);
    }

    /** The confidence level of every interval the rule computes: 1 − 0.05 / (the number of looks). */
    public double level() {
        return 1 - ALPHA / looks().size();
    }

    /**
     * After a look at {@code n} repetitions per instance, where the widest overhead interval reaches
     * {@code widestPct} points from its estimate (infinite where one is unbounded or undefined): the repetitions to
     * have at the next look, or empty when the rule stops here (the target reached, or max). The next look is the
     * first that the width's fall with √n predicts to be enough, at least the next one.
     */
    public OptionalInt next(int n, double widestPct) {
        if (widestPct <= targetCiPct || n >= max) {
            return OptionalInt.empty();
        }
        double wanted = Double.isFinite(widestPct) ? n * (widestPct / targetCiPct) * (widestPct / targetCiPct) : max;
        List<Integer> looks = looks();
        for (int look : looks) {
            if (look > n && look >= wanted) {
                return OptionalInt.of(look);
            }
        }
        return OptionalInt.of(max);
    }

    /** For the plan and the report: "5 to 50 repetitions, until every overhead interval is within ±1.0%". */
    public String describe() {
        return min + " to " + max + " repetitions per instance, until every overhead interval is within ±"
                + trim(targetCiPct) + "% (looks at " + looks().stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("") + "; intervals at " + trim(level() * 100) + "%)";
    }

    private static String trim(double x) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", x);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
