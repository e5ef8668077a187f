package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.model.Cost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Performance per watt (rate over power_w) and per allocation unit (CostRows' work per unit of cost) by flavor, in
 * report.html as charts with tables and in report.md as tables. Figures by hand: bare 60 TFLOP/s at 600 W (no cost),
 * g3.xl 50 at 400 W and 128 SU/h, g3.small 12 at 200 W and 16 SU/h.
 */
class EfficiencyChartsTest {
    @TempDir
    Path dir;

    static Map<String, FlavorInfo> flavors() {
        Map<String, FlavorInfo> f = new LinkedHashMap<>();
        f.put("bare", new FlavorInfo(1.0, null, "bare", null));
        f.put("g3.xl", new FlavorInfo(1.0, null, "A100 100%", new Cost(128, "SU")));
        f.put("g3.small", new FlavorInfo(0.2, null, "A100 20%", new Cost(16, "SU")));
        return f;
    }

    /** Three repetitions per flavor of gemm, with power_w where the flavor is in {@code powered}. */
    static ReportInput input(List<String> powered) {
        Map<String, double[]> rateAndPower = Map.of("bare", new double[] {60, 600}, "g3.xl", new double[] {50, 400},
                "g3.small", new double[] {12, 200});
        List<Sample> samples = new ArrayList<>();
        for (String flavor : List.of("bare", "g3.xl", "g3.small")) {
            double[] v = rateAndPower.get(flavor);
            for (int rep = 0; rep < 3; rep++) {
                double d = (rep - 1) * 0.01;
                samples.add(Fixtures.sample(flavor, "gemm", "tflops", "TFLOP/s", true, rep, v[0] * (1 + d), Map.of()));
                if (powered.contains(flavor)) {
                    samples.add(Fixtures.sample(flavor, "gemm", "power_w", "W", false, rep, v[1] * (1 + d), Map.of()));
                }
            }
        }
        return ReportInput.fromSamples("c-eff", "bare", flavors(), samples, List.of(), List.of(), List.of());
    }

    @Test
    void eachFlavorsRatePerWattAndPerAllocationUnitIsFiguredAndRankedBestFirst() {
        Report r = Report.analyse(input(List.of("bare", "g3.xl", "g3.small")));

        List<Efficiency> perWatt = PerWatt.of(r);
        assertThat(perWatt).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("gemm · tflops");
            assertThat(e.unit()).isEqualTo("TFLOP/s per W");
            assertThat(e.bars()).extracting(Efficiency.Bar::flavor).containsExactly("g3.xl", "bare", "g3.small");
            assertThat(e.bars().get(0).value()).isCloseTo(50.0 / 400, within(1e-9));
            assertThat(e.bars().get(1).value()).isCloseTo(60.0 / 600, within(1e-9));
            assertThat(e.bars().get(2).value()).isCloseTo(12.0 / 200, within(1e-9));
            assertThat(e.leftOut()).isEmpty();
        });
        List<Efficiency> perUnit = PerAllocationUnit.of(r, CostRows.of(r));
        assertThat(perUnit).singleElement().satisfies(e -> {
            assertThat(e.unit()).isEqualTo("TFLOP per SU");
            assertThat(e.bars()).extracting(Efficiency.Bar::flavor).containsExactly("g3.small", "g3.xl");
            assertThat(e.bars().get(0).value()).isCloseTo(12.0 * 3600 / 16, within(1e-6)); // 2700
            assertThat(e.bars().get(1).value()).isCloseTo(50.0 * 3600 / 128, within(1e-6)); // 1406.25
            assertThat(e.leftOut()).as("bare has no cost an hour").containsExactly("bare ×1");
        });
    }

    @Test
    void aReportWithPowerAndCostDrawsBothChartsWithTheirFiguresInOrder() throws Exception {
        Reports.write(dir, input(List.of("bare", "g3.xl", "g3.small")));

        String html = Files.readString(dir.resolve("report.html"));
        String section = html.substring(html.indexOf("<section id=\"efficiency\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(Pattern.compile("<figure class=\"chart perwatt\" data-metric=\"gemm · tflops\">\\s*<svg")
                .matcher(section).find()).isTrue();
        assertThat(Pattern.compile("<figure class=\"chart perunit\" data-metric=\"gemm · tflops\">\\s*<svg")
                .matcher(section).find()).isTrue();
        assertThat(section).contains("Performance per watt: gemm · tflops")
                .contains("Performance per allocation unit: gemm · tflops");
        assertInOrder(section, "<td>g3.xl</td><td>1</td><td>0.1250 TFLOP/s per W</td><td>1 of 3</td>",
                "<td>bare</td><td>1</td><td>0.1000 TFLOP/s per W</td><td>2 of 3</td>",
                "<td>g3.small</td><td>1</td><td>0.06000 TFLOP/s per W</td><td>3 of 3</td>",
                "<td>g3.small</td><td>1</td><td>2700 TFLOP per SU</td><td>1 of 2</td>",
                "<td>g3.xl</td><td>1</td><td>1406 TFLOP per SU</td><td>2 of 2</td>");
        assertThat(section).doesNotContain(EfficiencySections.NO_POWER);
        String md = Files.readString(dir.resolve("report.md"));
        assertInOrder(md, "## Performance per watt and per allocation unit", "### Performance per watt",
                "| gemm · tflops | g3.xl | 1 | 0.1250 TFLOP/s per W | 1 of 3 |",
                "| gemm · tflops | g3.small | 1 | 0.06000 TFLOP/s per W | 3 of 3 |",
                "### Performance per allocation unit", "| gemm · tflops | g3.small | 1 | 2700 TFLOP per SU | 1 of 2 |",
                "gemm · tflops: left out (no cost an hour): bare ×1.");
    }

    @Test
    void withoutPowerThePerWattChartIsAbsentAndANoteSaysWhyWhileThePerUnitChartStays() throws Exception {
        Reports.write(dir, input(List.of()));

        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).doesNotContain("chart perwatt").contains("<p class=\"no-perwatt\">"
                + Html.esc(EfficiencySections.NO_POWER) + "</p>").contains("<figure class=\"chart perunit\"");
        assertThat(html).doesNotContain("TFLOP/s per W");
        assertThat(Files.readString(dir.resolve("report.md"))).contains(EfficiencySections.NO_POWER)
                .doesNotContain("TFLOP/s per W");
    }

    @Test
    void aFlavorWithoutAPowerReadingIsLeftOutAndNamedNeverDrawnAsZero() throws Exception {
        Reports.write(dir, input(List.of("bare", "g3.xl")));

        List<Efficiency> perWatt = PerWatt.of(Report.analyse(input(List.of("bare", "g3.xl"))));
        assertThat(perWatt.get(0).bars()).extracting(Efficiency.Bar::flavor).containsExactly("g3.xl", "bare");
        assertThat(perWatt.get(0).leftOut()).containsExactly("g3.small ×1");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<p class=\"left-out\">gemm · tflops: left out (no power reading): g3.small ×1.</p>")
                .doesNotContainPattern("<td>g3.small</td><td>1</td><td>[^<]* TFLOP/s per W");
    }

    @Test
    void aReportWithNeitherPowerNorCostHasNoEfficiencySection() throws Exception {
        Reports.write(dir, ReportInput.fromSamples("c-none", "bare", Map.of(), List.of(
                Fixtures.sample("bare", "gemm", "tflops", "TFLOP/s", true, 0, 60, Map.of())), List.of(), List.of(),
                List.of()));

        assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("id=\"efficiency\"");
        assertThat(Files.readString(dir.resolve("report.md"))).doesNotContain(EfficiencySections.TITLE);
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int i = text.indexOf(p, at + 1);
            assertThat(i).as("«%s» after position %d", p, at).isGreaterThan(at);
            at = i;
        }
    }
}
