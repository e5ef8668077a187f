package io.vgpubench.report.html;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;
import java.util.Map;

/**
 * Text measured without the JDK's font manager (which needs libfreetype): a font whose metrics are estimated
 * from its size (an average sans-serif advance of 0.56 em, 0.6 em bold; ascent 0.8 em, descent 0.2 em), so
 * JFreeChart can lay a chart out where no font can be loaded; the SVG's text is drawn by the browser.
 */
final class ApproximateText {
    private ApproximateText() {}

    static Font font(Font f) {
        return f == null || f instanceof Estimated ? f : new Estimated(f);
    }

    static FontMetrics metrics(Font f) {
        return new Metrics(font(f));
    }

    private static double width(Font f, int chars) {
        return chars * f.getSize2D() * (f.isBold() ? 0.6 : 0.56);
    }

    private static Rectangle2D bounds(Font f, int chars) {
        return new Rectangle2D.Double(0, -0.8 * f.getSize2D(), width(f, chars), f.getSize2D());
    }

    /** A font that answers its own metrics and names (what Font would ask the font manager for). */
    static final class Estimated extends Font {
        private static final long serialVersionUID = 1L;

        Estimated(Font f) {
            super(f.getName(), f.getStyle(), f.getSize());
            this.pointSize = f.getSize2D();
        }

        @Override
        public String getFamily() {
            return getName();
        }

        @Override
        public String getFamily(java.util.Locale l) {
            return getName();
        }

        @Override
        public String getFontName() {
            return getName();
        }

        @Override
        public String getFontName(java.util.Locale l) {
            return getName();
        }

        @Override
        public String getPSName() {
            return getName();
        }

        @Override
        public boolean canDisplay(char c) {
            return true;
        }

        @Override
        public boolean canDisplay(int codePoint) {
            return true;
        }

        @Override
        public int canDisplayUpTo(String str) {
            return -1;
        }

        @Override
        public Font deriveFont(float size) {
            return new Estimated(super.deriveFont(size));
        }

        @Override
        public Font deriveFont(int style) {
            return new Estimated(super.deriveFont(style));
        }

        @Override
        public Font deriveFont(int style, float size) {
            return new Estimated(super.deriveFont(style, size));
        }

        @Override
        public LineMetrics getLineMetrics(String str, FontRenderContext frc) {
            return new Lines(this, str.length());
        }

        @Override
        public LineMetrics getLineMetrics(String str, int begin, int limit, FontRenderContext frc) {
            return new Lines(this, limit - begin);
        }

        @Override
        public LineMetrics getLineMetrics(char[] chars, int begin, int limit, FontRenderContext frc) {
            return new Lines(this, limit - begin);
        }

        @Override
        public LineMetrics getLineMetrics(CharacterIterator ci, int begin, int limit, FontRenderContext frc) {
            return new Lines(this, limit - begin);
        }

        @Override
        public Rectangle2D getStringBounds(String str, FontRenderContext frc) {
            return bounds(this, str.length());
        }

        @Override
        public Rectangle2D getStringBounds(String str, int begin, int limit, FontRenderContext frc) {
            return bounds(this, limit - begin);
        }

        @Override
        public Rectangle2D getStringBounds(char[] chars, int begin, int limit, FontRenderContext frc) {
            return bounds(this, limit - begin);
        }

        @Override
        public Rectangle2D getStringBounds(CharacterIterator ci, int begin, int limit, FontRenderContext frc) {
            return bounds(this, limit - begin);
        }

        @Override
        public Rectangle2D getMaxCharBounds(FontRenderContext frc) {
            return bounds(this, 1);
        }
    }

    private static final class Lines extends LineMetrics {
        private final float size;
        private final int chars;

        Lines(Font f, int chars) {
            this.size = f.getSize2D();
            this.chars = chars;
        }

        @Override public int getNumChars() { return chars; }
        @Override public float getAscent() { return 0.8f * size; }
        @Override public float getDescent() { return 0.2f * size; }
        @Override public float getLeading() { return 0f; }
        @Override public float getHeight() { return size; }
        @Override public int getBaselineIndex() { return Font.ROMAN_BASELINE; }
        @Override public float[] getBaselineOffsets() { return new float[] {0f, -0.4f * size, -0.8f * size}; }
        @Override public float getStrikethroughOffset() { return -0.3f * size; }
        @Override public float getStrikethroughThickness() { return 0.05f * size; }
        @Override public float getUnderlineOffset() { return 0.1f * size; }
        @Override public float getUnderlineThickness() { return 0.05f * size; }
    }

    private static final class Metrics extends FontMetrics {
        private static final long serialVersionUID = 1L;

        Metrics(Font f) {
            super(f);
        }

        @Override public int getAscent() { return Math.round(0.8f * font.getSize2D()); }
        @Override public int getDescent() { return Math.round(0.2f * font.getSize2D()); }
        @Override public int getLeading() { return 0; }
        @Override public int getMaxAdvance() { return (int) Math.ceil(font.getSize2D()); }
        @Override public int charWidth(char ch) { return (int) Math.ceil(width(font, 1)); }
        @Override public int charWidth(int codePoint) { return (int) Math.ceil(width(font, 1)); }
        @Override public int stringWidth(String str) { return (int) Math.ceil(width(font, str.length())); }
        @Override public int charsWidth(char[] data, int off, int len) { return (int) Math.ceil(width(font, len)); }
        @Override public Rectangle2D getStringBounds(String str, Graphics context) { return bounds(font, str.length()); }
        @Override public Rectangle2D getStringBounds(String str, int b, int l, Graphics context) { return bounds(font, l - b); }
        @Override public Rectangle2D getStringBounds(char[] chars, int b, int l, Graphics context) { return bounds(font, l - b); }
        @Override public Rectangle2D getStringBounds(CharacterIterator ci, int b, int l, Graphics context) { return bounds(font, l - b); }
        @Override public LineMetrics getLineMetrics(String str, Graphics context) { return new Lines(font, str.length()); }
        @Override public LineMetrics getLineMetrics(String str, int b, int l, Graphics context) { return new Lines(font, l - b); }
        @Override public LineMetrics getLineMetrics(char[] chars, int b, int l, Graphics context) { return new Lines(font, l - b); }
        @Override public LineMetrics getLineMetrics(CharacterIterator ci, int b, int l, Graphics context) { return new Lines(font, l - b); }
    }
}
