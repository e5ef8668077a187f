package io.vgpubench.report.html;

import io.vgpubench.sharing.SharedCard;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One workload metric's density sweep: per-task rate (solid) and the card's aggregate (dashed, higher-is-better
 * metrics only) against the number of tasks, one pair of lines per flavor that ran several task counts.
 */
final class DensitySweepChart {
    private DensitySweepChart() {}

    static JFreeChart of(String title, String axisLabel, List<SharedCard> cards) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (String flavor : cards.stream().map(SharedCard::flavor).distinct().toList()) {
            List<SharedCard> mine = cards.stream().filter(c -> c.flavor().equals(flavor)).toList();
            if (mine.size() < 2) {
                continue;
            }
            XYSeries perTask = new XYSeries(flavor + " per task", true, false);
            XYSeries aggregate = new XYSeries(flavor + " aggregate", true, false);
            for (SharedCard c : mine) {
                perTask.add(c.tasks(), c.perTask().mean());
                if (c.aggregate() != null) {
                    aggregate.add(c.tasks(), c.aggregate().mean());
                }
            }
            data.addSeries(perTask);
            if (!aggregate.isEmpty()) {
                data.addSeries(aggregate);
                renderer.setSeriesStroke(data.getSeriesCount() - 1, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            }
        }
        NumberAxis x = new NumberAxis("tasks sharing the card");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(axisLabel);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return Svg.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }
}
