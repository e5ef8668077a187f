package io.vgpubench.stats;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One row of summary.csv / summary.json (the summary contract of issue 2, with {@code p_adjusted} and
 * {@code overhead_ci_method} appended by issue 17). Undefined figures and the comparison columns of
 * baseline rows are null (empty in CSV). {@code pAdjusted} is Welch's p Holm-adjusted over every compared
 * row of the report ({@link Holm}); {@code overheadCiMethod} is FIELLER, UNBOUNDED (the bounds then empty:
 * the data fit any ratio) or null. {@code higherIsBetter}, {@code baseline} and {@code baselineTasks} are
 * in the JSON only.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"workload", "metric", "unit", "flavor", "tasks", "n", "mean", "sd", "median", "min", "max",
        "cv_pct", "ci95_low", "ci95_high", "ratio", "relative_performance", "overhead_pct", "overhead_ci95_low",
        "overhead_ci95_high", "p_value", "share_fraction", "share_efficiency", "p_adjusted", "overhead_ci_method"})
public record SummaryRow(String workload, String metric, String unit, String flavor, int tasks, int n, Double mean,
                         Double sd, Double median, Double min, Double max, Double cvPct, Double ci95Low,
                         Double ci95High, Double ratio, Double relativePerformance, Double overheadPct,
                         Double overheadCi95Low, Double overheadCi95High, Double pValue, Double shareFraction,
                         Double shareEfficiency, Double pAdjusted, String overheadCiMethod, boolean higherIsBetter,
                         boolean baseline, Integer baselineTasks) {

    /** The CSV columns, in the contract's order. */
    public static final List<String> CSV_COLUMNS = List.of("workload", "metric", "unit", "flavor", "tasks", "n",
            "mean", "sd", "median", "min", "max", "cv_pct", "ci95_low", "ci95_high", "ratio", "relative_performance",
            "overhead_pct", "overhead_ci95_low", "overhead_ci95_high", "p_value", "share_fraction", "share_efficiency",
            "p_adjusted", "overhead_ci_method");

    /**
     * A row for a series; {@code vs} is its comparison with the baseline, or null for a baseline row or none;
     * {@code pAdjusted} its Holm-adjusted p (NaN where none).
     */
    public static SummaryRow of(Series s, Comparison vs, double pAdjusted, boolean isBaseline, Integer baselineTasks) {
        SeriesKey k = s.key();
        Descriptive d = s.stats();
        return new SummaryRow(k.workload(), k.metric(), s.unit(), k.flavor(), k.tasks(), d.n(), v(d.mean()), v(d.sd()),
                v(d.median()), v(d.min()), v(d.max()), v(d.cvPct()), v(d.ci95Low()), v(d.ci95High()),
                vs == null ? null : v(vs.ratio()), vs == null ? null : v(vs.relativePerformance()),
                vs == null ? null : v(vs.overheadPct()), vs == null ? null : v(vs.overheadLow()),
                vs == null ? null : v(vs.overheadHigh()), vs == null ? null : v(vs.pValue()),
                s.shareFraction(), vs == null ? null : v(vs.shareEfficiency()), v(pAdjusted),
                vs == null || vs.intervalMethod() == null ? null : vs.intervalMethod().name(), s.higherIsBetter(),
                isBaseline, baselineTasks);
    }

    /** True where Fieller's interval says the data fit any ratio. */
    public boolean overheadUnbounded() {
        return RatioInterval.Method.UNBOUNDED.name().equals(overheadCiMethod);
    }

    /** NaN and infinities become null (an empty cell). */
    static Double v(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
