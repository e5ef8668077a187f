package io.vgpubench.report.html;

import io.vgpubench.report.Report;
import io.vgpubench.sharing.SharedCard;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SummaryRow;
import java.util.List;
import java.util.Optional;

/**
 * The report's charts as inline SVG elements, drawn by JFreeChart through JFreeSVG; where the JDK cannot
 * measure text (no libfreetype), with estimated text widths ({@link FontFreeSvg}); where a chart still cannot be
 * drawn, a note in its place ({@link ChartOrNote}).
 */
public final class Charts {
    private Charts() {}

    /**
     * Draws charts on all cores at once (each chart is its own JFreeChart and SVG canvas), returning the
     * SVGs in the order given: a campaign's report has a few charts per workload metric.
     */
    public static List<String> drawAll(List<java.util.function.Supplier<String>> charts) {
        return charts.parallelStream().map(java.util.function.Supplier::get).toList();
    }

    /** Relative performance per flavor and task count with 95% error bars, for one workload metric's rows. */
    public static String relativePerformance(String id, String title, List<SummaryRow> rows) {
        return ChartOrNote.draw(title, () -> Svg.render(RelativePerformanceChart.of(title, rows), id));
    }

    /** Share efficiency against allotted fraction, or empty where no row has a share fraction. */
    public static Optional<String> shareEfficiency(String id, List<SummaryRow> rows) {
        if (rows.stream().noneMatch(r -> r.shareFraction() != null && r.shareEfficiency() != null)) {
            return Optional.empty();
        }
        return Optional.of(ChartOrNote.draw("Share efficiency", () -> {
            var chart = ShareEfficiencyChart.of(rows);
            return chart == null ? "" : Svg.render(chart, id);
        }));
    }

    /**
     * Cost efficiency by flavor and task count, each point {@code {workload · metric, flavor × tasks, share of the
     * best}}; empty where there is nothing to draw.
     */
    public static Optional<String> costEfficiency(String id, List<CostPoint> points) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChartOrNote.draw("Cost efficiency by flavor",
                () -> Svg.render(CostEfficiencyChart.of(points), id)));
    }

    /** One point of the cost chart: a workload metric, a flavor and task count, its share of the best (0, 1]. */
    public record CostPoint(String series, String category, double ofBest) {}

    /**
     * One workload metric's efficiency by flavor, a bar each in the order given (best first): work per watt or per
     * unit of cost, with {@code axis} its unit.
     */
    public static String efficiency(String id, String title, String axis, List<Bar> bars) {
        return ChartOrNote.draw(title, () -> Svg.render(EfficiencyChart.of(title, axis, bars), id));
    }

    /** One bar of an efficiency chart: flavor × tasks, its figure, and the figure as its label shows it. */
    public record Bar(String label, double value, String text) {}

    /** Each repetition as a point, per flavor and task count, flagged outliers apart. */
    public static String distribution(String id, String title, String axis, List<Series> series, List<Report.Outlier> outliers) {
        return ChartOrNote.draw(title, () -> Svg.render(DistributionChart.of(title, axis, series, outliers), id));
    }

    /** Per-task and aggregate rate against tasks, for one workload metric's shared-card figures. */
    public static String densitySweep(String id, String title, String axis, List<SharedCard> cards) {
        return ChartOrNote.draw(title, () -> Svg.render(DensitySweepChart.of(title, axis, cards), id));
    }

    /** Values against time (or input order), one line per flavor and task count. */
    public static String runOrder(String id, String title, String axis, List<Series> series) {
        return ChartOrNote.draw(title, () -> Svg.render(RunOrderChart.of(title, axis, series), id));
    }

    /** One line of a trend chart: a name and its points in time order. */
    public record Trend(String name, List<TrendPoint> points) {}

    /** A campaign's mean of a series at its start time, with its 95% interval (the mean itself where unknown). */
    public record TrendPoint(long epochMillis, double mean, double low, double high) {}

    /** A metric across campaigns, with a reference band {low, high} shaded (or null). */
    public static String trend(String id, String title, String axis, List<Trend> trends, double[] band) {
        return ChartOrNote.draw(title, () -> Svg.render(TrendChart.of(title, axis, trends, band), id));
    }
}
