package io.vgpubench.report.html;

import io.vgpubench.stats.Observation;
import io.vgpubench.stats.Series;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One workload metric's values in the order they were measured (minutes since the first sample where
 * the samples carry times, else their position in the input), one line per flavor and task count.
 */
final class RunOrderChart {
    private RunOrderChart() {}

    static JFreeChart of(String title, String axisLabel, List<Series> series) {
        List<Observation> all = series.stream().flatMap(s -> s.observations().stream()).toList();
        boolean timed = all.stream().allMatch(o -> o.at() != null);
        Instant start = timed ? all.stream().map(Observation::at).filter(Objects::nonNull).min(Instant::compareTo).orElse(null) : null;
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries line = new XYSeries(s.key().flavor() + " ×" + s.key().tasks(), true, true);
            for (Observation o : s.observations()) {
                line.add(timed ? Duration.between(start, o.at()).toMillis() / 60000.0 : o.order(), o.value());
            }
            data.addSeries(line);
        }
        NumberAxis x = new NumberAxis(timed ? "minutes since the first sample" : "sample order in the input");
        NumberAxis y = new NumberAxis(axisLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, new XYLineAndShapeRenderer(true, true));
        return Svg.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
