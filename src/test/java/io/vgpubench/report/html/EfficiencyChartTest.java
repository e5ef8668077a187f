package io.vgpubench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

/** The efficiency chart: a horizontal bar per flavor, the first given (the best) on top, each labelled with its own figure. */
class EfficiencyChartTest {
    @Test
    void eachBarCarriesItsOwnFlavorAndFigureAndTheBestIsOnTop() {
        JFreeChart chart = EfficiencyChart.of("Performance per watt: gemm · tflops", "TFLOP/s per W", List.of(
                new Charts.Bar("g3.xl ×1", 0.125, "0.1250"), new Charts.Bar("bare ×1", 0.1, "0.1000"),
                new Charts.Bar("g3.small ×1", 0.06, "0.06000")));
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        String[] symbols = ((SymbolAxis) plot.getDomainAxis()).getSymbols();

        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(symbols).containsExactly("g3.small ×1", "bare ×1", "g3.xl ×1"); // the axis counts from the bottom
        for (int item = 0; item < 3; item++) {
            String name = symbols[(int) data.getXValue(0, item)];
            String label = plot.getRenderer().getItemLabelGenerator(0, item).generateLabel(data, 0, item);
            double value = data.getYValue(0, item);
            assertThat(name + " " + label + " " + value).isIn("g3.xl ×1 0.1250 0.125", "bare ×1 0.1000 0.1",
                    "g3.small ×1 0.06000 0.06");
        }
        assertThat(plot.getRenderer().getDefaultPositiveItemLabelPosition().getTextAnchor())
                .as("the figure at the end of its bar").isEqualTo(TextAnchor.CENTER_LEFT);
    }
}
