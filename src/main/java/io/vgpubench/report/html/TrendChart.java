package io.vgpubench.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A metric across campaigns: one line per flavor and task count, each campaign's mean with its 95% interval
 * as an error bar, over the campaigns' start times; the reference band of the first line shaded.
 */
final class TrendChart {
    private TrendChart() {}

    static JFreeChart of(String title, String axisLabel, List<Charts.Trend> trends, double[] band) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Charts.Trend t : trends) {
            YIntervalSeries s = new YIntervalSeries(t.name(), false, true);
            t.points().forEach(p -> s.add(p.epochMillis(), p.mean(), p.low(), p.high()));
            data.addSeries(s);
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setCapLength(6);
        NumberAxis y = new NumberAxis(axisLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, new DateAxis("campaign started (UTC)"), y, renderer);
        if (band != null) {
            IntervalMarker m = new IntervalMarker(band[0], band[1], new Color(0x33, 0x66, 0xcc, 0x22));
            m.setOutlinePaint(new Color(0x33, 0x66, 0xcc));
            m.setOutlineStroke(new BasicStroke(0.8f));
            plot.addRangeMarker(m);
        }
        return Svg.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
