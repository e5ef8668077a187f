package io.vgpubench.report.html;

import java.util.function.Supplier;

/**
 * A chart's SVG, or in its place a note that says which chart could not be drawn here and why (where the JDK
 * cannot measure text, the first failure of its font manager), so a rendering fault costs that chart only,
 * never the tables around it.
 */
final class ChartOrNote {
    private ChartOrNote() {}

    static String draw(String title, Supplier<String> svg) {
        try {
            return svg.get();
        } catch (RuntimeException | LinkageError | InternalError e) {
            String problem = TextMeasure.problem().orElse(e.getClass().getSimpleName() + ": " + e.getMessage());
            return note(title, problem);
        }
    }

    static String note(String title, String problem) {
        return "<p class=\"chart-missing\">Chart “" + esc(title) + "” could not be drawn on this machine ("
                + esc(problem) + "); the figures are in the tables of this report and in summary.csv.</p>";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
