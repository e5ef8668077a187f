package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SamplesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own benchmarks beside a built-in one, through `vgpubench run` on the local cloud: a script uploaded
 * from a folder beside the playbook (JSON lines), a one-liner read by a pattern, and one that fails; co-runners of
 * the 2-task flavor execute in common slots. `plan` refuses what could not run.
 */
class CommandWorkloadCampaignTest {
    @TempDir
    Path dir;

    private Path playbook(String workloads) throws Exception {
        Path bench = Files.createDirectories(dir.resolve("bench"));
        // each task does the same work; with 2 tasks each has half the (simulated) card
        Files.writeString(bench.resolve("bench.sh"), """
                #!/bin/sh
                sleep 0.05
                rate=$((1000 / VGPUBENCH_TASKS))
                echo "task $VGPUBENCH_TASK: batch $VGPUBENCH_PARAM_BATCH"
                echo "{\\"metric\\": \\"items_per_second\\", \\"value\\": $rate, \\"unit\\": \\"items/s\\"}"
                """);
        return Files.writeString(dir.resolve("own.yaml"), CampaignFolders.localPlaybook("own", workloads, 3));
    }

    @Test
    void ownCommandsRunOnEveryFlavorInCommonSlotsAndAFailingOneFailsAloneSayingWhy() throws Exception {
        Path playbook = playbook("""
                - name: scripted
                  parameters: {batch: 64}
                  repetition_time: 600ms
                  command: {run: sh bench.sh, files: bench, expect: [items_per_second]}
                - name: one-liner
                  repetition_time: 300ms
                  command:
                    run: [/bin/sh, -c, "echo 'rate: 12.5 ops/s'"]
                    metrics: [{metric: rate, regex: 'rate: (\\S+) ops', unit: ops/s}]
                - name: broken
                  command: {run: "echo 'no licence for this GPU' >&2; exit 3"}
                - {name: memcopy, parameters: {bytes: 65536}}""");

        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FAILED_RUNS);
        assertThat(run.out() + run.err()).contains("broken: exited with code 3").contains("no licence for this GPU");
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).filteredOn(s -> s.workload().equals("scripted")).hasSize(3 + 2 * 3)
                .allSatisfy(s -> assertThat(s.parameters()).containsEntry("batch", "64"))
                .allSatisfy(s -> assertThat(s.rounds()).isEqualTo(1));
        assertThat(samples).filteredOn(s -> s.workload().equals("one-liner")).extracting(Sample::value).containsOnly(12.5);
        assertThat(samples).noneMatch(s -> s.workload().equals("broken"));
        assertThat(samples).filteredOn(s -> s.workload().equals("memcopy")).hasSize(3 + 2 * 3);
        List<String> summary = Files.readAllLines(campaign.resolve("summary.csv"));
        assertThat(summary).anyMatch(l -> l.startsWith("scripted,items_per_second,items/s,local,1,3,1000.0,"));
        // the 2-task rows count what overlap.csv proves: every co-runner executed in the same slot
        long proven = Files.readAllLines(campaign.resolve("overlap.csv")).stream()
                .filter(l -> l.contains(",local.half,2,scripted,") && l.contains(",full,")).count();
        assertThat(proven).as(Files.readString(campaign.resolve("overlap.csv"))).isEqualTo(2 * 3);
        assertThat(summary).anyMatch(l -> l.startsWith("scripted,items_per_second,items/s,local.half,2,6,500.0,"));
        assertThat(dir.resolve("results")).isDirectoryRecursivelyContaining(p -> p.getFileName().toString().equals("report.md"));
        try (var files = Files.walk(campaign)) {
            assertThat(files).as("instance folders are cleaned up: no uploaded files left")
                    .noneMatch(p -> p.toString().contains("/files/") && p.getFileName().toString().equals("bench.sh"));
        }
    }

    @Test
    void planRefusesACommandThatCouldNotRunNamingLineAndColumnAndCreatesNothing() throws Exception {
        Path playbook = playbook("""
                - name: gemm
                  command: {run: ./x}
                - name: no-files
                  command: {run: ./x, files: not-there}
                - name: own-cuda
                  command: {run: ./x, env: {CUDA_VISIBLE_DEVICES: "3", VGPUBENCH_TASK: "1"}}
                - name: bad-regex
                  command: {run: ./x, metrics: [{metric: t, regex: 'time: ([0-9'}]}
                - name: "has space"
                  command: {run: ./x, metrics: csv}
                - name: no-startup
                  command: {run: ./x, startup: 0s}
                - name: lxc
                  command: {run: ./x, image: "img:1", runtime: lxc}
                - name: runtime-alone
                  command: {run: ./x, runtime: podman}
                - name: spaced-image
                  command: {run: ./x, image: "my image"}""");

        CliRun run = CliRun.of("plan", playbook.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains(playbook + ":8:11: workloads[0].name: 'gemm' is a built-in workload; give your command a name of its own")
                .contains("workloads[1].command.files: cannot take the command's files: " + dir.resolve("not-there") + " is not a file or folder")
                .contains("workloads[2].command.env.CUDA_VISIBLE_DEVICES: CUDA_VISIBLE_DEVICES is set by the agent")
                .contains("workloads[2].command.env.VGPUBENCH_TASK: VGPUBENCH_TASK is set by the agent")
                .contains("workloads[3].command.metrics[0].regex: not a regular expression")
                .contains("workloads[4].name: a command's name must be 1-64 letters")
                .contains("workloads[4].command.metrics: must be json or a list of {metric, regex, unit, higher_is_better}, got 'csv'")
                .contains("workloads[5].command.startup: must be a duration like 250ms")
                .contains("workloads[6].command.runtime: must be one of docker, podman, apptainer, not 'lxc'")
                .contains("workloads[7].command.runtime: names the runtime of a container image; give the image too")
                .contains("workloads[8].command.image: a container image is a reference without spaces, not 'my image'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void planShowsEachCommandWithItsFilesAndHowItsMetricsAreRead() throws Exception {
        Path playbook = playbook("""
                - name: scripted
                  repetition_time: 2s
                  command: {run: sh bench.sh, files: bench}
                - name: boxed
                  command: {run: python3 infer.py, image: "nvcr.io/nvidia/pytorch:24.05-py3"}""");

        CliRun run = CliRun.of("plan", playbook.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("scripted (command: sh bench.sh; 1 file(s) from " + dir.resolve("bench")
                + "; metrics as JSON lines; repetition time 2s)")
                .contains("boxed (command: python3 infer.py; in image nvcr.io/nvidia/pytorch:24.05-py3 (the instance's"
                        + " docker, podman or apptainer); metrics as JSON lines)");
    }

    /**
     * A command that times its own window, as the agent hands it (a shell script): waits for VGPUBENCH_LOAD_FROM,
     * times VGPUBENCH_MEASURE_SECONDS from VGPUBENCH_MEASURE_AT (TASK_LATE_<task> seconds late where set, as after a
     * start-up that overran), waits for VGPUBENCH_LOAD_UNTIL, and prints its window with the metric.
     */
    private static final String WINDOWED = """
            #!/bin/sh
            now() { date +%s.%N; }
            until_t() { sleep "$(awk -v t="$1" -v n="$(now)" 'BEGIN { d = t - n; if (d < 0) d = 0; printf "%.3f", d }')"; }
            plus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }
            rate=$((1000 / VGPUBENCH_TASKS))
            [ -n "$VGPUBENCH_MEASURE_AT" ] || { echo "{\\"metric\\": \\"items_per_second\\", \\"value\\": $rate}"; exit 0; }
            late=$(eval echo "\\${TASK_LATE_$VGPUBENCH_TASK:-0}")
            [ "$late" = 0 ] || until_t "$(plus "$VGPUBENCH_MEASURE_AT" "$late")"
            until_t "$VGPUBENCH_LOAD_FROM"
            load_started=$(now)
            until_t "$VGPUBENCH_MEASURE_AT"
            started=$(now)
            until_t "$(plus "$started" "$VGPUBENCH_MEASURE_SECONDS")"
            ended=$(now)
            until_t "$VGPUBENCH_LOAD_UNTIL"
            echo "{\\"metric\\": \\"items_per_second\\", \\"value\\": $rate, \\"unit\\": \\"items/s\\", \\"started\\": $started, \\"ended\\": $ended, \\"load_started\\": $load_started, \\"load_ended\\": $(now)}"
            """;

    @Test
    void aCommandTimingItsHandedWindowIsProvenWithItsCoRunnerAndOneWhoseWindowStartsLateIsFlaggedAndLeftOut()
            throws Exception {
        Path bench = Files.createDirectories(dir.resolve("bench"));
        Files.writeString(bench.resolve("window.sh"), WINDOWED);
        // start-up 300 ms and a 1 s window: slots of 300 + 200 ms settle, 1 s, 300 ms tail; the late task's window
        // (task 1 of "late", 0.6 s after its measuring time) outlasts its co-runner's load, and misses its start
        Path playbook = Files.writeString(dir.resolve("own.yaml"), CampaignFolders.localPlaybook("own", """
                - name: windowed
                  repetition_time: 1s
                  command: {run: sh window.sh, files: bench, startup: 300ms, expect: [items_per_second]}
                - name: late
                  repetition_time: 1s
                  command: {run: sh window.sh, files: bench, startup: 300ms, env: {TASK_LATE_1: "0.6"}}""", 3));

        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).filteredOn(s -> s.workload().equals("windowed")).hasSize(3 + 2 * 3).allSatisfy(s -> {
            assertThat(s.startedAt()).as("its own window, inside the slot's settle and tail").isAfter(s.slotStart())
                    .isBefore(s.slotEnd());
            assertThat(s.loadStartedAt()).as("the load it reported").isBefore(s.startedAt());
            assertThat(java.time.Duration.between(s.startedAt(), s.endedAt())).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(990));
        });
        List<String> overlap = Files.readAllLines(campaign.resolve("overlap.csv"));
        assertThat(overlap.stream().filter(l -> l.contains(",local.half,2,windowed,") && l.contains(",full,")))
                .as(String.join("\n", overlap)).hasSize(2 * 3);
        assertThat(overlap.stream().filter(l -> l.contains(",local.half,2,late,")))
                .as("the late window and the co-runner it left alone: " + String.join("\n", overlap)).hasSize(2 * 3)
                .allMatch(l -> l.contains(",partial,"));
        List<String> summary = Files.readAllLines(campaign.resolve("summary.csv"));
        assertThat(summary).anyMatch(l -> l.startsWith("windowed,items_per_second,items/s,local.half,2,6,500.0,"))
                .noneMatch(l -> l.startsWith("late,items_per_second,items/s,local.half,2,"))
                .anyMatch(l -> l.startsWith("late,items_per_second,items/s,local,1,3,1000.0,"));
        assertThat(run.out() + run.err() + Files.readString(campaign.resolve("report.md"))).contains("partial");
    }
}
