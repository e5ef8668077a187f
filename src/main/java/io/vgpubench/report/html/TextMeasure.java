package io.vgpubench.report.html;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Optional;

/**
 * Whether this JVM can measure text, which JFreeChart needs to lay a chart out: the JDK's font manager
 * links libfreetype, absent on minimal hosts. Asked once; the first failure is the one worth reporting
 * (later attempts only say NoClassDefFoundError).
 */
final class TextMeasure {
    private static final Optional<String> PROBLEM = probe();

    private TextMeasure() {}

    /** Why text cannot be measured here, or empty where it can. */
    static Optional<String> problem() {
        return PROBLEM;
    }

    private static Optional<String> probe() {
        try {
            new Font(Font.SANS_SERIF, Font.PLAIN, 12).getStringBounds("0", new FontRenderContext(null, true, true));
            return Optional.empty();
        } catch (RuntimeException | LinkageError | InternalError e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
