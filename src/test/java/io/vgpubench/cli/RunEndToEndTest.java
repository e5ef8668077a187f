package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI runs a tiny campaign on the local cloud with the real agent bundle and writes its summary. */
class RunEndToEndTest {
    private static final String HEADER = "workload,metric,unit,flavor,tasks,n,mean,sd,median,min,max,cv_pct,"
            + "ci95_low,ci95_high,ratio,relative_performance,overhead_pct,overhead_ci95_low,overhead_ci95_high,"
            + "p_value,share_fraction,share_efficiency";

    @TempDir
    Path dir;

    @Test
    void aTinyLocalCampaignEndsWithTheOverheadTableAndASummaryAgainstTheBaseline() throws Exception {
        Path playbook = Files.writeString(dir.resolve("tiny.yaml"), CampaignFolders.localPlaybook("tiny", """
                - {name: gemm, parameters: {precision: fp64, m: 128, n: 128, k: 128}}
                - {name: memcopy, parameters: {bytes: 1048576}}""", 3));
        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("overhead").contains("local.half").contains("results: ");
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        List<String> csv = Files.readAllLines(campaign.resolve("summary.csv"));
        assertThat(csv.get(0)).isEqualTo(HEADER);
        // gemm and memcopy, each for the baseline (1 task) and local.half (2 tasks)
        assertThat(csv).hasSize(1 + 4);
        String halfGemm = csv.stream().filter(l -> l.startsWith("gemm,tflops,TFLOP/s,local.half,2,")).findFirst()
                .orElseThrow();
        String[] cells = halfGemm.split(",", -1);
        assertThat(cells[5]).isEqualTo("6"); // n: 2 tasks x 3 repetitions
        assertThat(cells[14]).as("ratio against the 1-task baseline").isNotEmpty();
        assertThat(Double.parseDouble(cells[20])).as("share fraction").isEqualTo(0.5);
        assertThat(cells[21]).as("share efficiency").isNotEmpty();
        assertThat(campaign.resolve("report.md")).exists();
        assertThat(campaign.resolve("summary.json")).exists();
        assertThat(Files.readAllLines(campaign.resolve("samples.jsonl"))).hasSize(2 * 3 + 2 * 2 * 3);
    }

    @Test
    void aThresholdNotMetEndsTheRunWithExitCodeOneAndIsMarkedInTheReport() throws Exception {
        Path playbook = Files.writeString(dir.resolve("strict.yaml"), """
                name: strict
                cloud: {type: local}
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1]}
                workloads:
                  - {name: memcopy, parameters: {bytes: 1048576}}
                repetitions: 3
                repetition_time: 50ms
                prepare_time: 500ms
                warmup: 0
                backend: cpu
                thresholds:
                  - {workload: memcopy, metric: bandwidth, flavor: '*', max_cv_pct: 0.0000001}
                """);
        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FAILED_RUNS);
        assertThat(run.out()).contains("threshold not met");
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        assertThat(Files.readString(campaign.resolve("report.md"))).containsIgnoringCase("threshold");
    }

    @Test
    void aBadPlaybookExitsWithTwoNamingTheLineAndProvisionsNothing() throws Exception {
        Path playbook = Files.writeString(dir.resolve("bad.yaml"), """
                name: bad
                cloud: {type: local}
                baseline: local
                flavors:
                  - {flavor: local, instances: 0, tasks: [1]}
                workloads:
                  - {name: gemm}
                """);
        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("bad.yaml:5:").contains("flavors[0].instances");
        assertThat(dir.resolve("results")).doesNotExist();
    }
}
