package io.vgpubench.report.html;

import io.vgpubench.stats.SummaryRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Share efficiency (relative performance ÷ allotted fraction) against the allotted fraction, one series
 * per workload metric, each point labelled with its flavor and task count; 1 means "as fast as its share".
 */
final class ShareEfficiencyChart {
    private ShareEfficiencyChart() {}

    /** Null when no compared row has a share fraction. */
    static JFreeChart of(List<SummaryRow> rows) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (SummaryRow row : rows) {
            if (row.shareEfficiency() == null || row.shareFraction() == null) {
                continue;
            }
            String name = row.workload() + " · " + row.metric();
            series.computeIfAbsent(name, n -> new XYSeries(n, false, true)).add(row.shareFraction(), row.shareEfficiency());
            labels.computeIfAbsent(name, n -> new ArrayList<>()).add(row.flavor() + " ×" + row.tasks());
        }
        if (series.isEmpty()) {
            return null;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        List<List<String>> byIndex = List.copyOf(labels.values());
        renderer.setDefaultItemLabelGenerator((ds, s, i) -> byIndex.get(s).get(i));
        renderer.setDefaultItemLabelsVisible(true);
        NumberAxis x = new NumberAxis("allotted fraction of the card");
        x.setRange(0, 1.05);
        NumberAxis y = new NumberAxis("share efficiency");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addRangeMarker(new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f)));
        return Svg.styled(new JFreeChart("Share efficiency against allotted fraction", JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
