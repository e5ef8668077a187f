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
 * from A to B in percent ((B/A − 1)·100) with a 95% interval (Fieller, bootstrap fallback), Welch's p,
 * whether the change is significant at 5%, and the verdict for B ("better", "worse", "no significant change").
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"workload", "metric", "unit", "flavor", "tasks", "n_a", "mean_a", "sd_a", "n_b", "mean_b", "sd_b",
        "change_pct", "change_ci95_low", "change_ci95_high", "p_value", "significant", "verdict", "interval_method"})
public record Change(String workload, String metric, String unit, String flavor, int tasks, int nA, double meanA, Double sdA,
                     int nB, double meanB, Double sdB, double changePct, Double changeCi95Low, Double changeCi95High,
                     Double pValue, boolean significant, String verdict, String intervalMethod) {

    public static Change of(Series a, Series b) {
        double ratio = b.stats().mean() / a.stats().mean();
        RatioInterval ri = Comparison.ratioInterval(b, a);
        double p = Welch.pValue(b.stats(), a.stats());
        boolean significant = Double.isFinite(p) && p < 0.05;
        boolean better = b.higherIsBetter() ? ratio > 1 : ratio < 1;
        String verdict = !significant ? "no significant change" : better ? "better" : "worse";
        return new Change(a.key().workload(), a.key().metric(), a.unit(), a.key().flavor(), a.key().tasks(), a.stats().n(),
                a.stats().mean(), finite(a.stats().sd()), b.stats().n(), b.stats().mean(), finite(b.stats().sd()),
                (ratio - 1) * 100, ri == null ? null : (ri.low() - 1) * 100, ri == null ? null : (ri.high() - 1) * 100,
                finite(p), significant, verdict, ri == null ? null : ri.method().name());
    }

    /** True when B is significantly worse than A by more than {@code pct} percent of A's mean. */
    public boolean worseBy(double pct) {
        return "worse".equals(verdict) && Math.abs(changePct) > pct;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
