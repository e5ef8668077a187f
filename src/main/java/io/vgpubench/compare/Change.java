package io.vgpubench.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.stats.Comparison;
import io.vgpubench.stats.RatioInterval;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.Welch;

/**
 * One (workload, metric, flavor, tasks) measured in campaign A and in campaign B: the change of the mean
 * from A to B in percent ((B/A − 1)·100) with Fieller's 95% interval (null bounds and method UNBOUNDED
 * where it is unbounded), Welch's p raw and Holm-adjusted over the comparison's changes, whether the
 * change is significant at 5% after that adjustment, and the verdict for B ("better", "worse", "no
 * significant change"). The change and its interval need A's mean above 0 and B's at least 0 (else null).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"workload", "metric", "unit", "flavor", "tasks", "n_a", "mean_a", "sd_a", "n_b", "mean_b", "sd_b",
        "change_pct", "change_ci95_low", "change_ci95_high", "p_value", "p_adjusted", "significant", "verdict",
        "interval_method"})
public record Change(String workload, String metric, String unit, String flavor, int tasks, int nA, double meanA, Double sdA,
                     int nB, double meanB, Double sdB, Double changePct, Double changeCi95Low, Double changeCi95High,
                     Double pValue, Double pAdjusted, boolean significant, String verdict, String intervalMethod) {

    /** Welch's p of B against A, before any adjustment (NaN where undefined). */
    public static double rawP(Series a, Series b) {
        return Welch.pValue(b.stats(), a.stats());
    }

    /** The change, with {@code pAdjusted} its p after the adjustment over the whole comparison (NaN if none). */
    public static Change of(Series a, Series b, double pAdjusted) {
        double ratio = b.stats().mean() / a.stats().mean();
        boolean defined = Comparison.ratioDefined(b, a);
        RatioInterval ri = defined ? Comparison.ratioInterval(b, a) : null;
        double p = rawP(a, b);
        boolean significant = Double.isFinite(pAdjusted) && pAdjusted < 0.05;
        boolean better = b.stats().mean() == a.stats().mean() ? false
                : b.higherIsBetter() == b.stats().mean() > a.stats().mean();
        String verdict = !significant ? "no significant change" : better ? "better" : "worse";
        return new Change(a.key().workload(), a.key().metric(), a.unit(), a.key().flavor(), a.key().tasks(), a.stats().n(),
                a.stats().mean(), finite(a.stats().sd()), b.stats().n(), b.stats().mean(), finite(b.stats().sd()),
                defined ? finite((ratio - 1) * 100) : null, ri == null ? null : finite((ri.low() - 1) * 100),
                ri == null ? null : finite((ri.high() - 1) * 100), finite(p), finite(pAdjusted), significant, verdict,
                ri == null ? null : ri.method().name());
    }

    /**
     * True when B is significantly worse than A (Holm-adjusted p < 0.05) by more than {@code pct} percent of
     * A's mean; a change without a defined percentage counts as worse by any amount.
     */
    public boolean worseBy(double pct) {
        return "worse".equals(verdict) && (changePct == null || Math.abs(changePct) > pct);
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
