package io.vgpubench.report;

import io.vgpubench.model.Threshold;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM's main for {@link ReportWithoutFreeTypeTest}: writes the fixture report into args[0], then
 * says whether this JVM can measure text (the JDK's font manager, which needs libfreetype); in that order,
 * so the report meets the font manager's first failure, as the CLI does.
 */
final class WriteFixtureReport {
    private WriteFixtureReport() {}

    public static void main(String[] args) {
        Reports.write(Path.of(args[0]), Fixtures.input(List.of(new Threshold("vgg16", "runtime", "*", 15.0, null))));
        try {
            new Font(Font.SANS_SERIF, Font.PLAIN, 12).getStringBounds("x", new FontRenderContext(null, true, true));
            System.out.println("font manager: loaded");
        } catch (Throwable t) {
            System.out.println("font manager: " + t);
        }
    }
}
