package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vgpubench.model.Threshold;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium: the DOM it builds holds every chart's SVG, and its screenshot
 * is kept as an artifact in controller/target/report-artifacts/. Skipped where chromium is absent,
 * unless CI=true (then it fails).
 */
class ReportInChromiumTest {
    static final Path ARTIFACTS = Path.of(System.getProperty("vgpubench.home", ".")).resolve("controller/target/report-artifacts");
    static Chromium chromium;

    @TempDir
    Path work;

    @BeforeEach
    void findChromium() {
        Optional<Chromium> found = Chromium.find();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("chromium is not installed and CI=true: apt-get install -y --no-install-recommends chromium");
        }
        Assumptions.assumeTrue(found.isPresent(), "chromium is not installed (apt-get install -y --no-install-recommends chromium)");
        chromium = found.get();
    }

    private Path report() throws Exception {
        Reports.write(ARTIFACTS, Fixtures.input(List.of(new Threshold("vgg16", "runtime", "*", 15.0, null))));
        return ARTIFACTS.resolve("report.html").toAbsolutePath();
    }

    @Test
    void domHoldsEveryChartsSvgAfterChromiumParsesTheReport() throws Exception {
        Path html = report();
        Chromium.Result r = chromium.run(work, List.of("--dump-dom", html.toUri().toString()));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String dom = r.stdout();
        assertThat(Pattern.compile("<svg[ >]").matcher(dom).results().count()).isEqualTo(7);
        assertThat(Pattern.compile("<figure class=\"chart relperf\"").matcher(dom).results().count()).isEqualTo(2);
        assertThat(dom).contains("Relative performance: vgg16 · runtime").contains("Best flavor overall");
        assertThat(r.stderr()).doesNotContain("Uncaught").doesNotContain("ERR_FILE_NOT_FOUND").doesNotContain("Failed to load resource");
    }

    @Test
    void screenshotShowsARenderedPageAndIsKeptAsAnArtifact() throws Exception {
        Path html = report();
        Path shot = ARTIFACTS.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Chromium.Result r = chromium.run(work, List.of("--screenshot=" + shot, "--window-size=1280,2000", html.toUri().toString()));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        BufferedImage img = ImageIO.read(shot.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(2000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours).as("a rendered page with text and coloured chart marks, not a blank one").hasSizeGreaterThan(50);
    }

    @Test
    void thePerWattAndPerAllocationUnitChartsRenderTheirBarsInChromium() throws Exception {
        Path dir = ARTIFACTS.resolve("efficiency");
        Reports.write(dir, EfficiencyChartsTest.input(List.of("bare", "g3.xl", "g3.small")));
        String url = dir.resolve("report.html").toAbsolutePath().toUri().toString();

        Chromium.Result r = chromium.run(work, List.of("--dump-dom", url));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        for (String kind : List.of("perwatt", "perunit")) {
            String dom = r.stdout();
            int at = dom.indexOf("<figure class=\"chart " + kind + "\"");
            assertThat(at).as(kind + " figure").isPositive();
            String figure = dom.substring(at, dom.indexOf("</figure>", at));
            assertThat(figure).contains("<svg").contains(kind.equals("perwatt") ? "0.1250" : "2700");
        }
        Path shot = dir.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Chromium.Result s = chromium.run(work, List.of("--screenshot=" + shot, "--window-size=1280,9000", url));
        assertThat(s.exitCode()).as(s.stderr()).isZero();
        BufferedImage img = ImageIO.read(shot.toFile());
        long bar = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                bar += (img.getRGB(x, y) & 0xFFFFFF) == 0x4C78A8 ? 1 : 0;
            }
        }
        assertThat(bar).as("the efficiency charts' bars, in their colour, on the rendered page").isGreaterThan(1000);
    }
}
