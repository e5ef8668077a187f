package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.sharing.AgentSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `vgpubench report` on a campaign folder whose samples.jsonl holds what agents in common slots write: the
 * baseline swept over 1, 2 and 4 tasks (the H200 fp64 figures: 59.6 alone, 27.2 each of 2, 13.6 each of
 * 4), local.half at 2 tasks with one task delayed past its co-runner's load and one repetition that lost a
 * task, and local.old at 2 tasks from an agent without slots.
 */
class SharedCardsReportTest {
    @TempDir
    Path dir;

    private static final double[][] ALONE = {{59.5}, {59.6}, {59.7}};
    private static final double[][] TWO = {{27.2, 27.2}, {27.1, 27.3}, {27.2, 27.2}};
    private static final double[][] FOUR = {{13.6, 13.6, 13.5, 13.6}, {13.6, 13.6, 13.6, 13.6}, {13.5, 13.6, 13.6, 13.6}};

    private static void add(List<Sample> to, String flavor, double[][] values) {
        int tasks = values[0].length;
        for (int r = 0; r < values.length; r++) {
            for (int t = 0; t < tasks; t++) {
                to.add(AgentSamples.of(flavor, tasks).task(t).repetition(r).value(values[r][t]).build());
                to.add(AgentSamples.of(flavor, tasks).task(t).repetition(r).workload("launch", Map.of(), "latency", "us", false)
                        .value(5.0 + tasks + 0.1 * t).build());
            }
        }
    }

    @BeforeEach
    void campaign() throws Exception {
        List<Sample> samples = new ArrayList<>();
        add(samples, "local", ALONE);
        add(samples, "local", TWO);
        add(samples, "local", FOUR);
        for (int r = 0; r < 4; r++) {
            samples.add(AgentSamples.of("local.half", 2).task(0).repetition(r).value(27.0).build());
            if (r == 2) { // a slow prepare: task 1 times its part after task 0 stopped loading the card
                samples.add(AgentSamples.of("local.half", 2).task(1).repetition(r).value(58.0)
                        .loadFrom(Duration.ofMillis(5900)).timedFrom(Duration.ofMillis(6100))
                        .loadUntil(Duration.ofMillis(11200)).build());
            } else if (r != 3) { // repetition 3: task 1 never reported
                samples.add(AgentSamples.of("local.half", 2).task(1).repetition(r).value(27.0).build());
            }
        }
        for (int r = 0; r < 3; r++) {
            for (int t = 0; t < 2; t++) {
                samples.add(AgentSamples.of("local.old", 2).task(t).repetition(r).value(40.0).withoutSlots().build());
            }
        }
        Files.writeString(dir.resolve("samples.jsonl"), samples.stream().map(AgentSamples::jsonLine)
                .collect(Collectors.joining("\n", "", "\n")));
        Files.writeString(dir.resolve("campaign.json"), """
                {"campaign": "c1", "baseline": "local",
                 "flavors": {"local": {"share_fraction": 1.0}, "local.half": {"share_fraction": 0.5},
                             "local.old": {"share_fraction": 0.5}},
                 "thresholds": [{"workload": "gemm", "metric": "tflops", "flavor": "*", "max_overhead_pct": 60}]}
                """);
    }

    private CliRun report() {
        return CliRun.of("report", dir.toString());
    }

    @Test
    void everySampleKeyGetsItsOverlapFractionAndVerdictInOverlapCsv() throws Exception {
        report();
        List<String> lines = Files.readAllLines(dir.resolve("overlap.csv"));

        assertThat(lines.get(0)).isEqualTo("key,flavor,tasks,workload,metric,group,group_size,co_runners,fraction,verdict,reason");
        assertThat(lines).hasSize(1 + 2 * (3 + 6 + 12) + 7 + 6);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c1-local-1/w0-gemm/0/0of1/tflops/card0,local,1,")
                .endsWith(",c1-local/t1,1,0,,alone,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c1-local-1/w0-gemm/1/3of4/tflops/card0,local,4,gemm,"
                + "tflops,c1-local/t4,4,3,1.0,full,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c1-local-half-1/w0-gemm/2/1of2/tflops/card0,")
                .contains(",0.0,partial,partly overlapped: 0.0% of the timed interval").contains("c1-local-half-1/task0 was not loading the card"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c1-local-half-1/w0-gemm/3/0of2/tflops/card0,")
                .endsWith(",co-runner-missing,co-runner missing: 0 of 1 co-runner(s) reported this repetition"));
        assertThat(lines).filteredOn(l -> l.contains(",local.old,")).hasSize(6).allMatch(l -> l.contains(",no-schedule,"));
    }

    @Test
    void flaggedSamplesStayInSamplesJsonlButNotInTheStatisticsAndAThresholdOnThemFails() throws Exception {
        CliRun run = report();

        assertThat(Files.readAllLines(dir.resolve("samples.jsonl"))).hasSize(2 * (3 + 6 + 12) + 7 + 6);
        List<String> csv = Files.readAllLines(dir.resolve("summary.csv"));
        String half = csv.stream().filter(l -> l.startsWith("gemm,tflops,TFLOP/s,local.half,2,")).findFirst().orElseThrow();
        assertThat(half.split(",")[5]).as("n: repetitions 0 and 1 of both tasks only").isEqualTo("4");
        assertThat(half.split(",")[6]).as("the delayed task's 58 (alone, in truth) is not averaged in").isEqualTo("27.0");
        assertThat(csv).noneMatch(l -> l.contains(",local.old,"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED_RUNS);
        assertThat(run.out()).contains("9 sample(s) of shared cards left out of these figures")
                .contains("FAILED threshold gemm/tflops local.old x2 overhead_pct <= 60.0: no proven sample: 6 sample(s)"
                        + " left out (no-schedule 6)");
        JsonNode doc = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(doc.path("overlap").path("tolerance_ms").asInt()).isEqualTo(1);
        assertThat(doc.path("overlap").path("left_out").asInt()).isEqualTo(9);
        JsonNode flagged = doc.path("overlap").path("flagged");
        assertThat(flagged).hasSize(2);
        assertThat(flagged.get(0).path("flavor").asText()).isEqualTo("local.half");
        assertThat(flagged.get(0).path("left_out").asInt()).isEqualTo(3);
        assertThat(flagged.get(0).path("verdicts").path("partial").asInt()).isEqualTo(2);
        assertThat(flagged.get(0).path("verdicts").path("co-runner-missing").asInt()).isEqualTo(1);
        assertThat(flagged.get(1).path("verdicts").path("no-schedule").asInt()).isEqualTo(6);
    }

    @Test
    void reportMdSaysHowManyWereLeftOutAndWhyPerFlavorTasksAndWorkload() throws Exception {
        report();
        String md = Files.readString(dir.resolve("report.md"));

        assertThat(md).contains("## Shared cards")
                .contains("within 1 ms at either end for clocks")
                .contains("**9 of 49 sample(s) on shared cards left out (not proven fully overlapped).**")
                .contains("| local.half | 2 | gemm | tflops | 3 | 7 | co-runner-missing 1, partial 2 (0.0% overlapped) |")
                .contains("| local.old | 2 | gemm | tflops | 6 | 6 | no-schedule 6 |")
                .contains("- no-schedule: e.g. no schedule: the card is shared by 2 tasks but the sample names no group");
    }

    @Test
    void reportMdShowsPerTaskAggregateAgainstAloneAndFairnessInTableVShapeAndTheSweepInTableVisShape() throws Exception {
        report();
        String md = Files.readString(dir.resolve("report.md"));

        assertThat(md).contains("### gemm · tflops (TFLOP/s, higher is better)")
                .contains("| Instance | Scheduling policy | Tasks | Processes | Per task | Aggregate | Slots | Aggregate vs alone |")
                .contains("| local (baseline) | – | 1 | 1 | 59.60 ± 0.10 | 59.60 ± 0.10 | 3 | 1.000× |")
                .contains("| local (baseline) | – | 2 | 2 | 27.200 ± 0.063 | 54.40 ± 0.00 | 3 | 0.913× | [0.909, 0.917] | local ×1 |"
                        + " 0.998 (0.993) | 1.000 (1.000) | task0: 27.17, task1: 27.23 |")
                .contains("| local (baseline) | – | 4 | 4 | 13.583 ± 0.039 | 54.333 ± 0.058 | 3 | 0.912× |")
                .contains("| local.half | – | 2 | 2 | 27.00 ± 0.00 | 54.00 ± 0.00 | 2 | 0.906× | [0.902, 0.910] | local ×1 (baseline) |")
                .contains("Density sweep, per task (Σ the card's aggregate):")
                .contains("| Tasks | local (baseline) | local.half |")
                .contains("| 4 tasks | 13.583 ± 0.039 (Σ 54.333 ± 0.058) | – |")
                .contains("| 2 tasks | 27.200 ± 0.063 (Σ 54.40 ± 0.00) | 27.00 ± 0.00 (Σ 54.00 ± 0.00) |")
                .contains("| 1 task | 59.60 ± 0.10 | – |")
                .contains("### launch · latency (µs, lower is better)")
                .contains("| Instance | Scheduling policy | Tasks | Processes | Per task | n | Task means |")
                .contains("task0: 7.000, task1: 7.100");
        assertThat(md.indexOf("| 4 tasks |")).isLessThan(md.indexOf("| 2 tasks |"));
    }

    @Test
    void reportHtmlHasTheSameTablesAndADensitySweepChartPerWorkloadMetric() throws Exception {
        report();
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("<section id=\"shared-cards\">")
                .contains("9 of 49 sample(s) on shared cards left out")
                .contains("<td>local.old</td><td>2</td><td>gemm</td><td>tflops</td><td>6</td><td>6</td><td>no-schedule 6</td>");
        assertThat(Pattern.compile("<figure class=\"chart sweep\" data-workload=\"(gemm|launch)\">\\s*<svg").matcher(html)
                .results().count()).isEqualTo(2);
        assertThat(html).contains("local per task").contains("local aggregate");
    }

    @Test
    void sharedCardsCsvHasOneRowPerFlavorTasksAndWorkloadMetric() throws Exception {
        report();
        List<String> lines = Files.readAllLines(dir.resolve("shared-cards.csv"));

        assertThat(lines.get(0)).isEqualTo("workload,metric,unit,flavor,tasks,processes,n,per_task_mean,per_task_sd,task_means,"
                + "slots,incomplete_slots,aggregate_mean,aggregate_sd,aggregate_vs_alone,aggregate_vs_alone_ci95_low,"
                + "aggregate_vs_alone_ci95_high,alone_reference,min_max_mean,min_max_worst,jain_mean,jain_worst");
        assertThat(lines).hasSize(1 + 4 + 3);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("gemm,tflops,TFLOP/s,local.half,2,2,4,27.0,0.0,")
                .contains(",2,0,54.0,0.0,").contains(",local ×1 (baseline),").endsWith(",1.0,1.0,1.0,1.0"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("launch,latency,us,local,2,2,6,7.05,")
                .endsWith(",3,0,,,,,,,,,,"));
    }
}
