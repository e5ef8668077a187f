package io.vgpubench.report.html;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.ui.TextAnchor;

/**
 * One workload metric's efficiency by flavor (work per watt, or per unit of cost): a horizontal bar per flavor and
 * task count, best at the top, each labelled with its figure. An XY plot, so the charts without a font manager
 * ({@link FontFreeSvg}) draw it like the others.
 */
final class EfficiencyChart {
    private EfficiencyChart() {}

    static JFreeChart of(String title, String axis, List<Charts.Bar> bars) {
        int n = bars.size();
        XYSeries series = new XYSeries(axis, false, true);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[n - 1 - i] = bars.get(i).label(); // the first, the best, on top
            series.add(n - 1 - i, bars.get(i).value());
        }
        XYSeriesCollection data = new XYSeriesCollection(series);
        data.setIntervalWidth(0.6);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x4C, 0x78, 0xA8));
        renderer.setDefaultItemLabelGenerator((d, s, item) -> bars.get(item).text()); // items in the order added
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        NumberAxis value = new NumberAxis(axis);
        value.setAutoRangeIncludesZero(true);
        value.setUpperMargin(0.15);
        SymbolAxis flavors = new SymbolAxis("flavor × tasks", names);
        flavors.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, flavors, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return Svg.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }
}
