package io.vgpubench.report.html;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import org.jfree.svg.SVGGraphics2D;

/**
 * The SVG canvas (JFreeSVG's SVGGraphics2D, which is final) behind a Graphics2D whose fonts and font metrics
 * are {@link ApproximateText} ones: SVGGraphics2D measures text through a raster image's graphics, which needs
 * the font manager. Every other call is passed on as it is (generated from Graphics2D's abstract methods).
 */
final class EstimatedTextCanvas extends java.awt.Graphics2D {
    private final SVGGraphics2D svg;

    EstimatedTextCanvas(SVGGraphics2D svg) {
        this.svg = svg;
        svg.setFont(ApproximateText.font(svg.getFont()));
    }

    @Override public void setFont(Font font) { svg.setFont(ApproximateText.font(font)); }
    @Override public FontMetrics getFontMetrics(Font f) { return ApproximateText.metrics(f); }
    @Override public Graphics create() { return new EstimatedTextCanvas((SVGGraphics2D) svg.create()); }
    @Override public void drawRect(int x, int y, int width, int height) { svg.drawRect(x, y, width, height); }
    @Override public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.Color a9, java.awt.image.ImageObserver a10) { return svg.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10); }
    @Override public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.image.ImageObserver a9) { return svg.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9); }
    @Override public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.Color a5, java.awt.image.ImageObserver a6) { return svg.drawImage(a0, a1, a2, a3, a4, a5, a6); }
    @Override public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.image.ImageObserver a5) { return svg.drawImage(a0, a1, a2, a3, a4, a5); }
    @Override public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.Color a3, java.awt.image.ImageObserver a4) { return svg.drawImage(a0, a1, a2, a3, a4); }
    @Override public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.image.ImageObserver a3) { return svg.drawImage(a0, a1, a2, a3); }
    @Override public boolean drawImage(java.awt.Image a0, java.awt.geom.AffineTransform a1, java.awt.image.ImageObserver a2) { return svg.drawImage(a0, a1, a2); }
    @Override public boolean hit(java.awt.Rectangle a0, java.awt.Shape a1, boolean a2) { return svg.hit(a0, a1, a2); }
    @Override public java.awt.Color getBackground() { return svg.getBackground(); }
    @Override public java.awt.Color getColor() { return svg.getColor(); }
    @Override public java.awt.Composite getComposite() { return svg.getComposite(); }
    @Override public java.awt.Font getFont() { return svg.getFont(); }
    @Override public java.awt.GraphicsConfiguration getDeviceConfiguration() { return svg.getDeviceConfiguration(); }
    @Override public java.awt.Paint getPaint() { return svg.getPaint(); }
    @Override public java.awt.Rectangle getClipBounds() { return svg.getClipBounds(); }
    @Override public java.awt.RenderingHints getRenderingHints() { return svg.getRenderingHints(); }
    @Override public java.awt.Shape getClip() { return svg.getClip(); }
    @Override public java.awt.Stroke getStroke() { return svg.getStroke(); }
    @Override public java.awt.font.FontRenderContext getFontRenderContext() { return svg.getFontRenderContext(); }
    @Override public java.awt.geom.AffineTransform getTransform() { return svg.getTransform(); }
    @Override public java.lang.Object getRenderingHint(java.awt.RenderingHints.Key a0) { return svg.getRenderingHint(a0); }
    @Override public void addRenderingHints(java.util.Map<?, ?> a0) { svg.addRenderingHints(a0); }
    @Override public void clearRect(int a0, int a1, int a2, int a3) { svg.clearRect(a0, a1, a2, a3); }
    @Override public void clip(java.awt.Shape a0) { svg.clip(a0); }
    @Override public void clipRect(int a0, int a1, int a2, int a3) { svg.clipRect(a0, a1, a2, a3); }
    @Override public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) { svg.copyArea(a0, a1, a2, a3, a4, a5); }
    @Override public void dispose() { svg.dispose(); }
    @Override public void draw(java.awt.Shape a0) { svg.draw(a0); }
    @Override public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) { svg.drawArc(a0, a1, a2, a3, a4, a5); }
    @Override public void drawGlyphVector(java.awt.font.GlyphVector a0, float a1, float a2) { svg.drawGlyphVector(a0, a1, a2); }
    @Override public void drawImage(java.awt.image.BufferedImage a0, java.awt.image.BufferedImageOp a1, int a2, int a3) { svg.drawImage(a0, a1, a2, a3); }
    @Override public void drawLine(int a0, int a1, int a2, int a3) { svg.drawLine(a0, a1, a2, a3); }
    @Override public void drawOval(int a0, int a1, int a2, int a3) { svg.drawOval(a0, a1, a2, a3); }
    @Override public void drawPolygon(int[] a0, int[] a1, int a2) { svg.drawPolygon(a0, a1, a2); }
    @Override public void drawPolyline(int[] a0, int[] a1, int a2) { svg.drawPolyline(a0, a1, a2); }
    @Override public void drawRenderableImage(java.awt.image.renderable.RenderableImage a0, java.awt.geom.AffineTransform a1) { svg.drawRenderableImage(a0, a1); }
    @Override public void drawRenderedImage(java.awt.image.RenderedImage a0, java.awt.geom.AffineTransform a1) { svg.drawRenderedImage(a0, a1); }
    @Override public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) { svg.drawRoundRect(a0, a1, a2, a3, a4, a5); }
    @Override public void drawString(java.lang.String a0, float a1, float a2) { svg.drawString(a0, a1, a2); }
    @Override public void drawString(java.lang.String a0, int a1, int a2) { svg.drawString(a0, a1, a2); }
    @Override public void drawString(java.text.AttributedCharacterIterator a0, float a1, float a2) { svg.drawString(a0, a1, a2); }
    @Override public void drawString(java.text.AttributedCharacterIterator a0, int a1, int a2) { svg.drawString(a0, a1, a2); }
    @Override public void fill(java.awt.Shape a0) { svg.fill(a0); }
    @Override public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) { svg.fillArc(a0, a1, a2, a3, a4, a5); }
    @Override public void fillOval(int a0, int a1, int a2, int a3) { svg.fillOval(a0, a1, a2, a3); }
    @Override public void fillPolygon(int[] a0, int[] a1, int a2) { svg.fillPolygon(a0, a1, a2); }
    @Override public void fillRect(int a0, int a1, int a2, int a3) { svg.fillRect(a0, a1, a2, a3); }
    @Override public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) { svg.fillRoundRect(a0, a1, a2, a3, a4, a5); }
    @Override public void rotate(double a0) { svg.rotate(a0); }
    @Override public void rotate(double a0, double a1, double a2) { svg.rotate(a0, a1, a2); }
    @Override public void scale(double a0, double a1) { svg.scale(a0, a1); }
    @Override public void setBackground(java.awt.Color a0) { svg.setBackground(a0); }
    @Override public void setClip(int a0, int a1, int a2, int a3) { svg.setClip(a0, a1, a2, a3); }
    @Override public void setClip(java.awt.Shape a0) { svg.setClip(a0); }
    @Override public void setColor(java.awt.Color a0) { svg.setColor(a0); }
    @Override public void setComposite(java.awt.Composite a0) { svg.setComposite(a0); }
    @Override public void setPaint(java.awt.Paint a0) { svg.setPaint(a0); }
    @Override public void setPaintMode() { svg.setPaintMode(); }
    @Override public void setRenderingHint(java.awt.RenderingHints.Key a0, java.lang.Object a1) { svg.setRenderingHint(a0, a1); }
    @Override public void setRenderingHints(java.util.Map<?, ?> a0) { svg.setRenderingHints(a0); }
    @Override public void setStroke(java.awt.Stroke a0) { svg.setStroke(a0); }
    @Override public void setTransform(java.awt.geom.AffineTransform a0) { svg.setTransform(a0); }
    @Override public void setXORMode(java.awt.Color a0) { svg.setXORMode(a0); }
    @Override public void shear(double a0, double a1) { svg.shear(a0, a1); }
    @Override public void transform(java.awt.geom.AffineTransform a0) { svg.transform(a0); }
    @Override public void translate(double a0, double a1) { svg.translate(a0, a1); }
    @Override public void translate(int a0, int a1) { svg.translate(a0, a1); }
}
