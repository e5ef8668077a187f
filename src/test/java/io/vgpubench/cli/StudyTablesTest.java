package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerates the study's overheads from its published figures (examples/study-v100). */
class StudyTablesTest {
    @TempDir
    Path out;

    private JsonNode row(JsonNode doc, String workload, String flavor, int tasks) {
        for (JsonNode r : doc.path("rows")) {
            if (r.path("workload").asText().equals(workload) && r.path("flavor").asText().equals(flavor) && r.path("tasks").asInt() == tasks) {
                return r;
            }
        }
        throw new AssertionError("no row " + workload + " " + flavor + " x" + tasks);
    }

    @Test
    void regeneratesTableFiveOverheadsWithIntervalsAndTableOneFromTheStudysFigures() throws Exception {
        Path figures = Path.of(System.getProperty("vgpubench.home", ".")).resolve("examples/study-v100/study-v100.csv");
        CliRun run = CliRun.of("report", "--summary", figures.toString(), "--baseline", "bare", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        // Table V by hand: (198.1/179.8 − 1)·100 = 10.1779755; (239.5/225.4 − 1)·100 = 6.2555457;
        // (283.1/179.8 − 1)·100 = 57.4527253; (272.4/225.4 − 1)·100 = 20.8518190 (study text: "57% longer", "20% longer").
        assertThat(row(doc, "vgg16-inference", "v100-16q-fixed", 1).path("overhead_pct").asDouble()).isCloseTo(10.1779755, within(1e-6));
        assertThat(row(doc, "vgg16-inference", "v100-16q-fixed", 2).path("overhead_pct").asDouble()).isCloseTo(6.2555457, within(1e-6));
        assertThat(row(doc, "vgg16-inference", "v100-8q-fixed", 1).path("overhead_pct").asDouble()).isCloseTo(57.4527253, within(1e-6));
        assertThat(row(doc, "vgg16-inference", "v100-8q-fixed", 2).path("overhead_pct").asDouble()).isCloseTo(20.8518190, within(1e-6));
        // Welch p from the published mean, sd, n=5 (scipy.stats.ttest_ind_from_stats(..., equal_var=False)):
        // 16Q x2 vs bare x2: 2.812923890255913e-06; 8Q x1 vs bare x1: 2.8326620213570588e-14.
        assertThat(row(doc, "vgg16-inference", "v100-16q-fixed", 2).path("p_value").asDouble()).isCloseTo(2.812923890255913e-06, within(1e-11));
        assertThat(row(doc, "vgg16-inference", "v100-8q-fixed", 1).path("p_value").asDouble()).isCloseTo(2.8326620213570588e-14, within(1e-18));
        assertThat(row(doc, "vgg16-inference", "v100-16q-fixed", 1).path("overhead_ci95_low").asDouble()).isCloseTo(9.15739582, within(1e-6));
        // 8Q x2 compares with bare metal at 2 tasks; share efficiency = (225.4/272.4)/0.5
        assertThat(row(doc, "vgg16-inference", "v100-8q-fixed", 2).path("baseline_tasks").asInt()).isEqualTo(2);
        assertThat(row(doc, "vgg16-inference", "v100-8q-fixed", 2).path("share_efficiency").asDouble()).isCloseTo(225.4 / 272.4 / 0.5, within(1e-9));
        // Table I: (1 − 4.31/4.71)·100 = 8.4925690; a single score has no interval.
        JsonNode hpl = row(doc, "hpl", "v100-16q-best-effort", 1);
        assertThat(hpl.path("overhead_pct").asDouble()).isCloseTo(8.4925690, within(1e-6));
        assertThat(hpl.path("overhead_ci95_low").isNull()).isTrue();
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("| v100-16q-fixed (16Q (full GPU)) | fixed | 1 | 198.1 ± 1.2 | 5 |")
                .contains("| v100-16q-fixed (16Q (full GPU)) | 1 vs 1 | +10.2% | [+9.2, +11.2]% |")
                .contains("| v100-16q-best-effort (16Q (full GPU)) | 1 vs 1 | +8.5% | – |");
    }

    @Test
    void summaryFileWithAMissingSdForSeveralRunsIsBadInput() throws Exception {
        Path f = out.resolve("fig.csv");
        Files.writeString(f, "flavor,workload,metric,unit,higher_is_better,tasks,n,mean,sd\nbare,w,m,s,false,1,5,1.0,\n");
        CliRun run = CliRun.of("report", "--summary", f.toString(), "--baseline", "bare");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(f + " line 2, column sd: is empty");
    }
}
