package io.vgpubench.report.html;

import io.vgpubench.stats.SummaryRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One workload metric's chart: relative performance (baseline = 1) per flavor, one series per task
 * count, with the 95% interval (from the overhead interval) as error bars.
 */
final class RelativePerformanceChart {
    private RelativePerformanceChart() {}

    static JFreeChart of(String title, List<SummaryRow> rows) {
        List<String> flavors = rows.stream().map(SummaryRow::flavor).distinct().toList();
        List<Integer> tasks = rows.stream().map(SummaryRow::tasks).distinct().sorted().toList();
        Map<Integer, YIntervalSeries> byTasks = new LinkedHashMap<>();
        tasks.forEach(t -> byTasks.put(t, new YIntervalSeries(t + (t == 1 ? " task" : " tasks"))));
        for (SummaryRow row : rows) {
            Double rel = row.baseline() ? Double.valueOf(1.0) : row.relativePerformance();
            if (rel == null) {
                continue;
            }
            double[] ci = row.baseline() ? null : Intervals.relativePerformance(row);
            double x = flavors.indexOf(row.flavor()) + 0.12 * (tasks.indexOf(row.tasks()) - (tasks.size() - 1) / 2.0);
            byTasks.get(row.tasks()).add(x, rel, ci == null ? rel : ci[0], ci == null ? rel : ci[1]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        byTasks.values().forEach(data::addSeries);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setCapLength(8);
        NumberAxis y = new NumberAxis("relative performance (baseline = 1)");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, new SymbolAxis("flavor", flavors.toArray(String[]::new)), y, renderer);
        ValueMarker one = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f));
        plot.addRangeMarker(one);
        return Svg.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
