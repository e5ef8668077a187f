package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.model.Threshold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {
    @TempDir
    Path dir;

    private static int count(String text, String needle) {
        return (int) Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }

    @Test
    void htmlIsSelfContainedWithOneRelativePerformanceChartPerWorkloadAndTheOtherCharts() throws Exception {
        Reports.write(dir, Fixtures.input(List.of(new Threshold("vgg16", "runtime", "*", 15.0, null))));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(count(html, "<figure class=\"chart relperf\"")).isEqualTo(2);
        assertThat(html).contains("data-workload=\"vgg16\"").contains("data-workload=\"hpl-proxy\"");
        assertThat(count(html, "<figure class=\"chart distribution\"")).isEqualTo(2);
        assertThat(count(html, "<figure class=\"chart runorder\"")).isEqualTo(2);
        assertThat(count(html, "<figure class=\"chart share\"")).isEqualTo(1);
        assertThat(count(html, "<svg ")).isEqualTo(7);
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
                .doesNotContain("href=\"http").doesNotContain("@import");
        assertThat(html).contains("Best flavor overall: <strong>v100-16q</strong>").contains("worst: <strong>v100-8q</strong>")
                .contains("1 threshold check(s) failed").contains("vgg16/runtime v100-8q x1 overhead_pct &lt;= 15.0")
                .contains("<td>+10.2%</td>").contains("1 value(s) flagged by the generalized ESD (Rosner 1983)")
                .contains("<td>GRID V100-16Q</td>").contains("device reports 16.00 GiB but only 12.00 GiB could be allocated");
    }

    @Test
    void summaryLevelInputGetsChartsOfMeansButNoDistributions() {
        ReportInput in = new ReportInput("fig", "bare", java.util.Map.of(), List.of(),
                List.of(io.vgpubench.stats.Series.ofSummary(new io.vgpubench.stats.SeriesKey("w", "m", "bare", 1), "s", false, 1.0, 5, 10, 1),
                        io.vgpubench.stats.Series.ofSummary(new io.vgpubench.stats.SeriesKey("w", "m", "half", 1), "s", false, 0.5, 5, 15, 1)),
                List.of(), List.of(), List.of(), List.of());
        String html = HtmlReport.render(Report.analyse(in));
        assertThat(count(html, "<figure class=\"chart relperf\"")).isEqualTo(1);
        assertThat(html).contains("no individual repetitions to plot").doesNotContain("chart distribution");
    }

    @Test
    void thresholdsXmlIsJunitWithOneTestcasePerCheckAndFailureElements() throws Exception {
        Reports.write(dir, Fixtures.input(List.of(new Threshold("vgg16", "runtime", "*", 15.0, null),
                new Threshold("hpl-proxy", null, "*", 10.0, null))));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("thresholds.xml").toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("vgg16/runtime v100-8q x1 overhead_pct <= 15.0");
        assertThat(failure.getAttribute("message")).startsWith("overhead_pct = ");
    }

    @Test
    void aChartRenderingFaultStillLeavesAPageThatPointsToTheFigures() {
        Report r = Report.analyse(Fixtures.input(List.of()));
        String page = Reports.html(r, x -> {
            throw new InternalError("Fontconfig head is null");
        });
        assertThat(page).contains("The charts could not be drawn on this machine (InternalError: Fontconfig head is null)")
                .contains("report.md");
    }
}
