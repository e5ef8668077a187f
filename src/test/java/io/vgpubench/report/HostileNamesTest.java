package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.model.Flavor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flavor and a workload named to break out of HTML, Markdown tables and spreadsheets reach every file as text. */
class HostileNamesTest {
    static final String FLAVOR = "<script>alert(1)</script>|x";
    static final String WORKLOAD = "=HYPERLINK(\"http://evil\")";

    @TempDir
    Path dir;

    private void write() {
        List<Flavor> flavors = List.of(
                new Flavor("bare", "bare", "bare", 16.0, 1.0, "V100", null, 8, 64.0, "test", false, null),
                new Flavor(FLAVOR, FLAVOR, "<b>label</b>", 8.0, 0.5, "V100", "<i>fixed</i>", 8, 64.0, "test", false, null));
        List<Sample> samples = new ArrayList<>();
        double[] bare = {10.0, 10.2, 9.8};
        double[] hostile = {12.0, 12.2, 11.8};
        for (int i = 0; i < 3; i++) {
            samples.add(Fixtures.sample("bare", WORKLOAD, "@metric", "s", false, i, bare[i], Map.of()));
            samples.add(Fixtures.sample(FLAVOR, WORKLOAD, "@metric", "s", false, i, hostile[i], Map.of("name", "<img src=x onerror=alert(2)>")));
        }
        Reports.write(dir, ReportInput.fromSamples("c-<hostile>", "bare", flavors, samples, List.of("warning <u>x</u>"),
                List.of(), List.of()));
    }

    @Test
    void reportHtmlHoldsTheNamesAsEscapedTextAndNoMarkupOfTheirs() throws Exception {
        write();
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>label").doesNotContain("<u>x")
                .doesNotContain("<i>fixed").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void reportMdHoldsTheNamesAsEscapedTextAndTheirPipesCannotSplitACell() throws Exception {
        write();
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<u>x").doesNotContain("<i>fixed")
                .contains("&lt;script>alert(1)&lt;/script>\\|x");
        String valueRow = md.lines().filter(l -> l.startsWith("| &lt;script>"))
                .findFirst().orElseThrow();
        assertThat(valueRow.split("(?<!\\\\)\\|", -1)).as(valueRow).hasSize(9);
    }

    @Test
    void summaryCsvCellsThatASpreadsheetWouldTakeForFormulasStartWithAnApostrophe() throws Exception {
        write();
        List<String> csv = Files.readAllLines(dir.resolve("summary.csv"));
        assertThat(csv).hasSize(3);
        assertThat(csv.subList(1, 3)).allSatisfy(line -> assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",\"'@metric\",s,"));
        assertThat(csv.get(2)).contains(",3,12.0");
    }
}
