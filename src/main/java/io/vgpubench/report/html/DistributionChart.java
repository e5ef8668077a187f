package io.vgpubench.report.html;

import io.vgpubench.report.Report;
import io.vgpubench.stats.Observation;
import io.vgpubench.stats.Series;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Every repetition of one workload metric as a point per flavor and task count; flagged outliers stand apart. */
final class DistributionChart {
    private DistributionChart() {}

    static JFreeChart of(String title, String axisLabel, List<Series> series, List<Report.Outlier> outliers) {
        XYSeries values = new XYSeries("repetitions", false, true);
        XYSeries flagged = new XYSeries("flagged outliers (generalized ESD)", false, true);
        XYSeries means = new XYSeries("mean", false, true);
        String[] names = new String[series.size()];
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            names[i] = s.key().flavor() + " ×" + s.key().tasks();
            means.add(i + 0.25, s.stats().mean());
            for (Observation o : s.observations()) {
                double x = i + 0.04 * ((o.order() % 5) - 2);
                boolean isOutlier = outliers.stream().anyMatch(out -> out.order() == o.order() && out.flavor().equals(o.flavor())
                        && out.workload().equals(o.workload()) && out.metric().equals(o.metric()));
                (isOutlier ? flagged : values).add(x, o.value());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(values);
        data.addSeries(flagged);
        data.addSeries(means);
        NumberAxis y = new NumberAxis(axisLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, new SymbolAxis("flavor × tasks", names), y, new XYLineAndShapeRenderer(false, true));
        return Svg.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
