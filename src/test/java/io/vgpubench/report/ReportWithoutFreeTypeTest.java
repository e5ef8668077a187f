package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report built the way it fails on the lent GPU machine and minimal containers: in a child JVM that
 * cannot load libfreetype (an LD_LIBRARY_PATH folder whose libfreetype.so.6 is not a library, so the
 * JDK's libfontmanager.so fails to link, as it does where the file is absent).
 */
class ReportWithoutFreeTypeTest {
    @TempDir
    Path work;

    private String childReport() throws Exception {
        Path libs = Files.createDirectories(work.resolve("no-freetype"));
        Files.writeString(libs.resolve("libfreetype.so.6"), "");
        Path out = work.resolve("report");
        Path log = work.resolve("child.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                WriteFixtureReport.class.getName(), out.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LD_LIBRARY_PATH", libs.toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String said = Files.readString(log);
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).as("the child really cannot load the font manager").containsPattern("font manager: java.lang.(UnsatisfiedLinkError|NoClassDefFoundError)");
        return Files.readString(out.resolve("report.html"));
    }

    @Test
    void withoutFreeTypeTheHtmlReportStillHoldsEveryTableAndEveryChartDrawnWithEstimatedTextWidths() throws Exception {
        String html = childReport();
        assertThat(html).contains("<section id=\"summary\">").contains("Best flavor overall")
                .contains("<h2>vgg16 · runtime").contains("<section id=\"devices\">");
        assertThat(Pattern.compile("<table>").matcher(html).results().count()).isGreaterThanOrEqualTo(5);
        assertThat(Pattern.compile("<svg[ >]").matcher(html).results().count()).as("the 7 charts, as with FreeType").isEqualTo(7);
        assertThat(html).doesNotContain("<p class=\"chart-missing\"")
                .containsPattern("<text[^>]*>Relative performance: vgg16 · runtime</text>");
    }
}
