package io.vgpubench.report.html;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;

/** Draws a JFreeChart into an inline SVG element (JFreeSVG), with defs ids unique to the chart. */
final class Svg {
    static final int WIDTH = 900;
    static final int HEIGHT = 400;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Svg() {}

    /** The chart's SVG; where this JVM cannot measure text, laid out with estimated text widths ({@link FontFreeSvg}). */
    static String render(JFreeChart chart, String id) {
        if (TextMeasure.problem().isPresent()) {
            return FontFreeSvg.render(chart, id);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(id);
    }

    /** A plain look: white plot, light grid, a legible font. */
    static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            p.setOutlinePaint(Color.GRAY);
        }
        return chart;
    }
}
