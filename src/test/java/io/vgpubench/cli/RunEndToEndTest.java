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
            + "p_value,share_fraction,share_efficiency,p_adjusted,overhead_ci_method";

    @TempDir
    Path dir;

    @Test
    void aTinyLocalCampaignEndsWithTheOverheadTableASummaryAgainstTheBaselineAndItsUnprovenSharedSamplesLeftOut() throws Exception {
        Path playbook = Files.writeString(dir.resolve("tiny.yaml"), CampaignFolders.localPlaybook("tiny", """
                - {name: gemm, parameters: {precision: fp64, m: 128, n: 128, k: 128}}
                - {name: memcopy, parameters: {bytes: 1048576}}""", 3));
        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("overhead").contains("local (baseline)").contains("results: ");
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        List<String> csv = Files.readAllLines(campaign.resolve("summary.csv"));
        assertThat(csv.get(0)).isEqualTo(HEADER);
        String baseGemm = csv.stream().filter(l -> l.startsWith("gemm,tflops,TFLOP/s,local,1,")).findFirst().orElseThrow();
        assertThat(baseGemm.split(",", -1)[5]).isEqualTo("3"); // n: 3 repetitions
        assertThat(Double.parseDouble(baseGemm.split(",", -1)[20])).as("share fraction").isEqualTo(1.0);
        assertThat(campaign.resolve("summary.json")).exists();
        assertThat(Files.readAllLines(campaign.resolve("samples.jsonl"))).hasSize(2 * 3 + 2 * 2 * 3);
        // The agent measures in common time slots: every 2-task sample carries its slot and load interval, and
        // each is proven (full overlap) or flagged and left out; none is without a schedule.
        assertThat(csv).as("gemm and memcopy for the baseline").anyMatch(l -> l.startsWith("gemm,tflops,TFLOP/s,local,1,"))
                .anyMatch(l -> l.startsWith("memcopy,bandwidth,GB/s,local,1,"));
        assertThat(Files.readString(campaign.resolve("report.md"))).contains("## Shared cards");
        assertThat(Files.readAllLines(campaign.resolve("overlap.csv"))).hasSize(1 + 2 * 3 + 2 * 2 * 3)
                .filteredOn(l -> l.contains(",local.half,")).hasSize(2 * 2 * 3).noneMatch(l -> l.contains(",no-schedule,"));
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

    @Test
    void aPlaybookWhoseTasksCannotFitTheCardsMemoryIsRefusedByPlanAndRunAlikeAndNothingIsCreated() throws Exception {
        Path playbook = Files.writeString(dir.resolve("crowded.yaml"), """
                name: crowded
                cloud: {type: local}
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1, 2, 4]}
                workloads:
                  - {name: gemm}
                memory_fraction: 0.3
                """);
        String expected = "crowded.yaml:5:49: flavors[0].tasks[2]: 4 tasks × memory_fraction 0.3 = 1.2 of the card's memory:"
                + " the tasks cannot all fit on the card; at most 3 tasks fit at memory_fraction 0.3, or set memory_fraction"
                + " to at most 0.25 for 4 tasks";

        CliRun plan = CliRun.of("plan", playbook.toString());
        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(plan.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plan.out()).isEmpty();
        assertThat(plan.err()).contains(expected);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(expected);
        assertThat(dir.resolve("results")).doesNotExist();
    }
}
