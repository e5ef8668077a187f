package io.vgpubench.report.html;

import java.awt.Font;
import java.awt.Rectangle;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart where the JDK cannot measure text (no libfreetype): every font of the chart and of the canvas
 * is an {@link ApproximateText} one, so the layout needs no font manager and the browser draws the SVG's text.
 */
final class FontFreeSvg {
    static {
        // JFreeChart's default draws rotated text through a TextLayout, which needs the font manager; the
        // other path (rotate, drawString) is what an SVG wants anyway. Set only in a JVM that cannot measure text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private FontFreeSvg() {}

    static String render(JFreeChart chart, String id) {
        estimated(chart);
        SVGGraphics2D svg = new SVGGraphics2D(Svg.WIDTH, Svg.HEIGHT);
        svg.setDefsKeyPrefix(id + "-");
        chart.draw(new EstimatedTextCanvas(svg), new Rectangle(0, 0, Svg.WIDTH, Svg.HEIGHT));
        return svg.getSVGElement(id);
    }

    private static void estimated(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            title(chart.getSubtitle(i));
        }
        title(chart.getTitle());
        if (chart.getPlot() instanceof XYPlot p) {
            replace(p::setNoDataMessageFont, p.getNoDataMessageFont());
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i));
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                XYItemRenderer r = p.getRenderer(i);
                if (r != null) {
                    replace(r::setDefaultItemLabelFont, r.getDefaultItemLabelFont());
                }
            }
        }
    }

    /** A font no chart uses: JFreeChart's setters ignore a font equal to the current one, as an estimated one is. */
    private static final Font OTHER = new Font("vgpubench-none", Font.PLAIN, 1);

    private static void replace(Consumer<Font> setter, Font current) {
        if (current != null) {
            setter.accept(OTHER);
            setter.accept(ApproximateText.font(current));
        }
    }

    private static void title(Title t) {
        if (t instanceof TextTitle text) {
            replace(text::setFont, text.getFont());
        } else if (t instanceof LegendTitle legend) {
            replace(legend::setItemFont, legend.getItemFont());
        }
    }

    private static void axis(Axis a) {
        if (a != null) {
            replace(a::setLabelFont, a.getLabelFont());
            replace(a::setTickLabelFont, a.getTickLabelFont());
        }
    }
}
