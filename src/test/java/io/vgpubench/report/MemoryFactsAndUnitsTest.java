package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes read in GiB, times in the unit that reads best, and the memory probe's figures as facts. */
class MemoryFactsAndUnitsTest {
    @TempDir
    Path dir;

    private Report write() {
        List<Sample> s = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            s.add(Fixtures.sample("bare", "memprobe", "reported_free", "bytes", true, i, 67549265920.0, Map.of()));
            s.add(Fixtures.sample("v100-16q", "memprobe", "reported_free", "bytes", true, i, 16106127360.0, Map.of()));
            s.add(Fixtures.sample("bare", "launch", "latency", "us", false, i, 2500.0 + i, Map.of()));
            s.add(Fixtures.sample("v100-16q", "launch", "latency", "us", false, i, 2600.0 + i, Map.of()));
        }
        return Reports.write(dir, ReportInput.fromSamples("c-units", "bare", Fixtures.flavors(), s, List.of(), List.of(), List.of()));
    }

    @Test
    void reportMdShowsMemoryReportedFreeInGiBAsAFactWithoutOverhead() throws Exception {
        write();
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("## memprobe · reported_free (GiB, a memory fact)")
                .contains("| bare (baseline) | 1 | 62.91 | 3 |").contains("| v100-16q (GRID V100-16Q) | 1 | 15.00 | 3 |")
                .doesNotContain("67549265920");
        String memprobe = md.substring(md.indexOf("## memprobe"), md.indexOf("## Outliers"));
        assertThat(memprobe).doesNotContain("Overhead").doesNotContain("p (Welch)");
    }

    @Test
    void reportMdShowsThousandsOfMicrosecondsInMilliseconds() throws Exception {
        write();
        assertThat(Files.readString(dir.resolve("report.md"))).contains("## launch · latency (ms, lower is better)")
                .contains("| 2.5010 ± 0.0010 |").contains("[2.499, 2.503]");
    }

    @Test
    void reportHtmlShowsTheFactAsAValueAndLeavesItOutOfTheOverheads() throws Exception {
        write();
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<h2>memprobe · reported_free (GiB, a memory fact)</h2>").contains("<td>62.91</td>")
                .doesNotContain("67549265920");
        assertThat(html.substring(html.indexOf("All overheads"), html.indexOf("</section>"))).doesNotContain("memprobe");
        assertThat(html).doesNotContain("Relative performance: memprobe");
    }

    @Test
    void theTerminalTableShowsGiBAndNoOverheadForTheFact() {
        String table = Reports.overheadTable(write());
        String line = table.lines().filter(l -> l.startsWith("memprobe") && l.contains("v100-16q")).findFirst().orElseThrow();
        assertThat(line).contains("15.00").contains("GiB").doesNotContain("%");
    }
}
