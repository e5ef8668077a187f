package io.vgpubench.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cost efficiency by flavor: for each workload metric, each flavor and task count's work per unit of cost (or, for a
 * time, the cost of a result) against the best of them, so 1 is the cheapest way to that result and every metric
 * shares one axis whatever its unit.
 */
final class CostEfficiencyChart {
    private CostEfficiencyChart() {}

    static JFreeChart of(List<Charts.CostPoint> points) {
        List<String> categories = new ArrayList<>();
        points.forEach(p -> {
            if (!categories.contains(p.category())) {
                categories.add(p.category());
            }
        });
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (Charts.CostPoint p : points) {
            series.computeIfAbsent(p.series(), n -> new XYSeries(n, false, true))
                    .add(categories.indexOf(p.category()), p.ofBest());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        SymbolAxis x = new SymbolAxis("flavor × tasks", categories.toArray(String[]::new));
        NumberAxis y = new NumberAxis("cost efficiency (1 = the best flavor)");
        y.setRange(0, 1.05);
        XYPlot plot = new XYPlot(data, x, y, new XYLineAndShapeRenderer(false, true));
        plot.addRangeMarker(new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f)));
        return Svg.styled(new JFreeChart("Cost efficiency by flavor", JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
