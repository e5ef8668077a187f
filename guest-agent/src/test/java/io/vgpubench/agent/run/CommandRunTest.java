package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.contract.spec.CommandSpec;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import io.vgpubench.contract.spec.SlotSchedule;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own command as a workload, through the agent's runner: real shell processes on this machine,
 * metrics read from JSON lines or patterns, failures turned into run_failed with the exit code and the last lines
 * of the output, a hung command's whole process group killed, and co-runners' executions in common slots.
 */
class CommandRunTest {
    @TempDir
    Path dir;

    private Path files() throws Exception {
        Path f = Files.createDirectories(dir.resolve("files"));
        Files.writeString(f.resolve("bench.sh"), """
                #!/bin/sh
                # prints what it was given, then a metric
                echo "task $VGPUBENCH_TASK of $VGPUBENCH_TASKS, fraction $VGPUBENCH_MEMORY_FRACTION, batch $VGPUBENCH_PARAM_BATCH"
                echo "scratch=$VGPUBENCH_SCRATCH"
                touch "$VGPUBENCH_SCRATCH/was-here"
                echo '{"metric": "items_per_second", "value": 1234.5, "unit": "items/s", "higher_is_better": true}'
                echo '{"metric": "latency", "value": 2.5, "unit": "ms", "higher_is_better": false}'
                """);
        return f;
    }

    private static CommandSpec sh(String script, Map<String, String> checksums, List<CommandSpec.MetricPattern> patterns,
                                  int limit) {
        return new CommandSpec(List.of("/bin/sh", "-c", script), Map.of("MY_VAR", "mine"), "files", checksums, patterns,
                List.of(), limit);
    }

    private List<JsonNode> run(CommandSpec command, int reps, int warmup) throws Exception {
        return run(command, reps, warmup, Map.of("batch", "64"));
    }

    private List<JsonNode> run(CommandSpec command, int reps, int warmup, Map<String, String> params) throws Exception {
        return runIn(dir, command, reps, warmup, params);
    }

    /** The events of one run of {@code command} by the agent's runner on the CPU backend, working in {@code dir}. */
    static List<JsonNode> runIn(Path dir, CommandSpec command, int reps, int warmup, Map<String, String> params)
            throws Exception {
        RunSpec spec = new RunSpec("c", "vm", "f", null, 1, 0, 1, "cpu", 0.5, null, null,
                List.of(new RunRequest("r1", "my-bench", params, reps, warmup, 60, null, null, command)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Runner(Cards.of(new PacedBackend(0, 1)), new EventLog(out), new PrintWriter(new StringWriter(), true), dir)
                .run(spec, new StartSignal.Now());
        return Events.parse(out);
    }

    static List<JsonNode> samples(List<JsonNode> events) {
        return events.stream().filter(e -> e.get("type").asText().equals("sample")).toList();
    }

    static String failure(List<JsonNode> events) {
        return events.stream().filter(e -> e.get("type").asText().equals("run_failed")).findFirst()
                .map(e -> e.get("message").asText()).orElse("(no run_failed)");
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void jsonLinesBecomeOneSampleAMetricPerRepetitionNamedAsThePlaybookNamedTheCommand() throws Exception {
        Path f = files();
        List<JsonNode> events = run(sh("sh bench.sh", Map.of("bench.sh", sha256(f.resolve("bench.sh"))), List.of(), 30), 3, 1);

        assertThat(Events.types(events)).doesNotContain("run_failed").contains("run_done");
        List<JsonNode> samples = samples(events);
        assertThat(samples).hasSize(2 * 3).allSatisfy(s -> assertThat(s.get("workload").asText()).isEqualTo("my-bench"));
        assertThat(samples).filteredOn(s -> s.get("metric").asText().equals("items_per_second"))
                .extracting(s -> s.get("value").asDouble()).containsExactly(1234.5, 1234.5, 1234.5);
        JsonNode latency = samples.stream().filter(s -> s.get("metric").asText().equals("latency")).findFirst().orElseThrow();
        assertThat(latency.get("unit").asText()).isEqualTo("ms");
        assertThat(latency.get("higher_is_better").asBoolean()).isFalse();
        assertThat(latency.get("parameters").get("batch").asText()).isEqualTo("64");
        assertThat(dir.resolve("scratch")).as("the scratch folder goes when the run ends").satisfies(s ->
                assertThat(Files.exists(s.resolve("r1/card0"))).isFalse());
    }

    @Test
    void theCommandIsToldItsTaskMemoryFractionParametersAndScratchFolderAndKeepsItsOwnEnvironment() throws Exception {
        files();
        List<JsonNode> events = run(sh("""
                [ "$VGPUBENCH_TASK/$VGPUBENCH_TASKS" = 0/1 ] || { echo "task $VGPUBENCH_TASK/$VGPUBENCH_TASKS"; exit 3; }
                [ "$VGPUBENCH_MEMORY_FRACTION" = 0.5 ] && [ "$XLA_PYTHON_CLIENT_MEM_FRACTION" = 0.5 ] || exit 4
                [ "$VGPUBENCH_PARAM_BATCH" = 64 ] && [ "$MY_VAR" = mine ] && [ "$VGPUBENCH_RUN_ID" = r1 ] || exit 5
                [ -d "$VGPUBENCH_SCRATCH" ] && [ -z "$(ls -A "$VGPUBENCH_SCRATCH")" ] || exit 6
                touch "$VGPUBENCH_SCRATCH/left-over"
                [ "$PWD" = "$VGPUBENCH_FILES" ] || exit 7
                echo '{"metric": "ok", "value": 1}'
                """, Map.of(), List.of(), 30), 2, 1);

        assertThat(failure(events)).isEqualTo("(no run_failed)");
        assertThat(samples(events)).hasSize(2);
    }

    @Test
    void patternsReadTheLastMatchOfEachMetricReFrameStyle() throws Exception {
        files();
        List<JsonNode> events = run(sh("echo 'step 1: 10.0 img/s'; echo 'step 2: 12.5 img/s'; echo 'residual=1.5e-12 PASSED'",
                Map.of(), List.of(new CommandSpec.MetricPattern("throughput", "step \\d+: (?<value>[0-9.]+) img/s", "images/s", true),
                        new CommandSpec.MetricPattern("residual", "residual=(\\S+)", "", false)), 30), 1, 0);

        assertThat(samples(events)).extracting(s -> s.get("metric").asText() + "=" + s.get("value").asDouble())
                .containsExactly("throughput=12.5", "residual=1.5E-12");
    }

    @Test
    void aNonZeroExitFailsTheRunWithItsCodeAndTheLastLinesOfItsOutput() throws Exception {
        files();
        List<JsonNode> events = run(sh("echo 'loading model'; echo 'CUDA out of memory' >&2; exit 42", Map.of(), List.of(), 30), 3, 0);

        assertThat(samples(events)).isEmpty();
        assertThat(failure(events)).contains("my-bench: exited with code 42").contains("loading model")
                .contains("CUDA out of memory");
    }

    @Test
    void aCommandThatPrintsNoMetricOrAMalformedOneFailsSayingWhat() throws Exception {
        files();
        assertThat(failure(run(sh("true", Map.of(), List.of(), 30), 1, 0)))
                .contains("exited 0, but it printed no metric line").contains("(no output)");
        assertThat(failure(run(sh("echo '{\"metric\": \"x\", \"value\": \"fast\"}'", Map.of(), List.of(), 30), 1, 0)))
                .contains("needs a non-empty \"metric\" and a finite number as \"value\"");
        assertThat(failure(run(sh("echo 'step: 5d'", Map.of(), List.of(new CommandSpec.MetricPattern("t", "step: (\\S+)", "s", false)), 30), 1, 0)))
                .contains("its pattern matched '5d', which is not a number");
        assertThat(failure(run(new CommandSpec(List.of("/bin/sh", "-c", "echo '{\"metric\": \"a\", \"value\": 1}'"), Map.of(),
                "files", Map.of(), List.of(), List.of("a", "b"), 30), 1, 0))).contains("it did not report b (reported: a)");
    }

    @Test
    void aHungCommandIsKilledWithItsWholeProcessGroupAtItsTimeLimit() throws Exception {
        files();
        Path pidFile = dir.resolve("child.pid");
        long t0 = System.nanoTime();
        List<JsonNode> events = run(sh("sleep 300 & echo $! > " + pidFile + "; echo 'started a child'; wait", Map.of(), List.of(), 1), 1, 0);

        assertThat((System.nanoTime() - t0) / 1e9).as("seconds to fail").isLessThan(20);
        assertThat(failure(events)).contains("still running after its time limit of 1 s; its process group was killed")
                .contains("started a child");
        ProcessHandle child = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElse(null);
        if (child != null) { // it was signalled with its group; wait for it to be gone
            assertThat(child.onExit()).as("the backgrounded sleep ends").succeedsWithin(java.time.Duration.ofSeconds(10));
        }
    }

    @Test
    void aChattyCommandCostsBoundedMemoryAndItsMessageKeepsOnlyTheLastLines() throws Exception {
        files();
        List<JsonNode> events = run(sh("i=0; while [ $i -lt 20000 ]; do echo \"line $i $(printf '%0100d' 0)\"; i=$((i+1)); done;"
                + " head -c 200000 /dev/zero | tr '\\\\0' x; echo; exit 1", Map.of(), List.of(), 60), 1, 0);

        String message = failure(events);
        assertThat(message).contains("exited with code 1").contains("last 20 of 20001 lines").contains("line 19999")
                .doesNotContain("line 19979 ").contains("[cut]");
        assertThat(message.length()).isLessThan(20 * 500 + 500);
    }

    @Test
    void anUploadedFileThatDoesNotMatchItsChecksumFailsVerificationBeforeAnyExecution() throws Exception {
        Path f = files();
        Path marker = dir.resolve("ran");
        List<JsonNode> events = run(sh("touch " + marker + "; sh bench.sh", Map.of("bench.sh", "00" + sha256(f.resolve("bench.sh")).substring(2)),
                List.of(), 30), 2, 1);

        assertThat(failure(events)).startsWith("verification failed: file bench.sh of my-bench has SHA-256 ");
        assertThat(marker).doesNotExist();
        assertThat(failure(run(sh("sh bench.sh", Map.of("gone.py", "ab"), List.of(), 30), 1, 0)))
                .contains("file gone.py of my-bench is not in");
    }

    /** {@code tasks} co-runners of one group running {@code command} in {@code slots} from {@code start}, each its events. */
    private List<List<JsonNode>> coRun(int tasks, SlotSchedule slots, CommandSpec command, int reps, int warmup,
                                       Instant start) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        List<List<JsonNode>> out = new ArrayList<>();
        try {
            List<Future<List<JsonNode>>> futures = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                int task = t;
                futures.add(threads.submit(() -> {
                    RunSpec spec = new RunSpec("c", "vm", "f", "g", tasks, task, tasks, "cpu", 0.5, start, null,
                            List.of(new RunRequest("r1", "my-bench", Map.of(), reps, warmup, 60, null, slots, command)));
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    new Runner(Cards.of(new PacedBackend(0, 1)), new EventLog(buf), new PrintWriter(new StringWriter(), true),
                            Files.createDirectories(dir.resolve("task" + task))).run(spec, StartSignal.of(spec, null, null));
                    return Events.parse(buf);
                }));
            }
            for (Future<List<JsonNode>> f : futures) {
                out.add(f.get());
            }
        } finally {
            threads.shutdownNow();
        }
        return out;
    }

    @Test
    void coRunnersExecuteInCommonSlotsAndEachTimedExecutionLiesInsideTheOthersLoad() throws Exception {
        files();
        // an execution takes about 60 ms (more on a busy machine); 1 s of measuring time leaves room for the settle
        // and for the fill around it
        SlotSchedule slots = new SlotSchedule(600, 1600, 200, 1000);
        CommandSpec command = new CommandSpec(List.of("/bin/sh", "-c", "sleep 0.06; echo '{\"metric\": \"t\", \"value\": 1}'"),
                Map.of(), null, Map.of(), List.of(), List.of(), 30);
        List<List<JsonNode>> tasks = coRun(2, slots, command, 3, 1, Instant.now().plusMillis(200));
        for (int t = 0; t < 2; t++) {
            assertThat(samples(tasks.get(t))).as("task %d: %s", t, Events.types(tasks.get(t))).hasSize(3);
            for (JsonNode s : samples(tasks.get(t))) {
                JsonNode co = samples(tasks.get(1 - t)).stream().filter(c -> c.get("repetition").equals(s.get("repetition")))
                        .findFirst().orElseThrow();
                assertThat(s.get("rounds").asInt()).as("one execution is one repetition").isEqualTo(1);
                assertThat(Instant.parse(s.get("started_at").asText())).isAfterOrEqualTo(Instant.parse(co.get("load_started_at").asText()));
                assertThat(Instant.parse(s.get("ended_at").asText())).isBeforeOrEqualTo(Instant.parse(co.get("load_ended_at").asText()));
                assertThat(Instant.parse(s.get("load_ended_at").asText())).isBeforeOrEqualTo(Instant.parse(s.get("slot_end").asText()));
            }
        }
    }

    /**
     * A command that honours its window, as a shell script: reports the window it was handed as metrics (their values
     * are the epoch seconds), waits for VGPUBENCH_LOAD_FROM, "loads" until VGPUBENCH_MEASURE_AT, times its window for
     * VGPUBENCH_MEASURE_SECONDS (TASK_LATE_<task> seconds late, where set), loads until VGPUBENCH_LOAD_UNTIL and prints
     * started/ended and load_started/load_ended.
     */
    public static final String WINDOWED = """
            now() { date +%s.%N; }
            until_t() { sleep "$(awk -v t="$1" -v n="$(now)" 'BEGIN { d = t - n; if (d < 0) d = 0; printf "%.3f", d }')"; }
            plus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }
            began=$(now)
            [ -n "$VGPUBENCH_MEASURE_AT" ] || { echo '{"metric": "t", "value": 1}'; exit 0; }
            late=$(eval echo "\\${TASK_LATE_$VGPUBENCH_TASK:-0}")
            [ "$late" = 0 ] || until_t "$(plus "$VGPUBENCH_MEASURE_AT" "$late")"
            until_t "$VGPUBENCH_LOAD_FROM"
            load_started=$(now)
            until_t "$VGPUBENCH_MEASURE_AT"
            started=$(now)
            until_t "$(plus "$started" "$VGPUBENCH_MEASURE_SECONDS")"
            ended=$(now)
            until_t "$VGPUBENCH_LOAD_UNTIL"
            load_ended=$(now)
            echo "{\\"metric\\": \\"began\\", \\"value\\": $began}"
            echo "{\\"metric\\": \\"load_from\\", \\"value\\": $VGPUBENCH_LOAD_FROM}"
            echo "{\\"metric\\": \\"measure_at\\", \\"value\\": $VGPUBENCH_MEASURE_AT}"
            echo "{\\"metric\\": \\"measure_seconds\\", \\"value\\": $VGPUBENCH_MEASURE_SECONDS}"
            echo "{\\"metric\\": \\"load_until\\", \\"value\\": $VGPUBENCH_LOAD_UNTIL}"
            echo "{\\"metric\\": \\"t\\", \\"value\\": 1, \\"started\\": $started, \\"ended\\": $ended, \\"load_started\\": $load_started, \\"load_ended\\": $load_ended}"
            """;

    private static JsonNode metric(List<JsonNode> events, String metric, int rep) {
        return samples(events).stream().filter(s -> s.get("metric").asText().equals(metric) && s.get("repetition").asInt() == rep)
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " at " + rep + ": " + events));
    }

    private static Instant at(JsonNode sample, String field) {
        return Instant.parse(sample.get(field).asText());
    }

    private static Instant epoch(double seconds) {
        return Instant.ofEpochMilli(Math.round(seconds * 1000));
    }

    @Test
    void aCommandWithAStartupTimeStartsAtItsSlotsStartIsHandedItsWindowAndItsReportedWindowIsTheSamplesTimedInterval()
            throws Exception {
        // start-up 1 s, measuring time 400 ms: settle 1 s + 80 ms, tail 120 ms
        SlotSchedule slots = new SlotSchedule(300, 1600, 1080, 400);
        CommandSpec command = new CommandSpec(List.of("/bin/sh", "-c", WINDOWED), Map.of(), null, Map.of(), List.of(),
                List.of(), 30, 1000L);
        Instant start = Instant.now().plusMillis(200).truncatedTo(ChronoUnit.MILLIS);

        List<JsonNode> events = coRun(1, slots, command, 2, 1, start).get(0);

        assertThat(Events.types(events)).as("%s", events).doesNotContain("run_failed", "warning").contains("run_done");
        for (int rep = 1; rep <= 2; rep++) {
            SlotSchedule.Slot slot = slots.slot(start, rep);
            assertThat(epoch(metric(events, "load_from", rep).get("value").asDouble())).isEqualTo(slot.start().plusMillis(1000));
            assertThat(epoch(metric(events, "measure_at", rep).get("value").asDouble())).isEqualTo(slot.measureFrom());
            assertThat(metric(events, "measure_seconds", rep).get("value").asDouble()).isEqualTo(0.4);
            assertThat(epoch(metric(events, "load_until", rep).get("value").asDouble())).isEqualTo(slot.end());
            Instant began = epoch(metric(events, "began", rep).get("value").asDouble());
            assertThat(began).as("started at the slot's start, before its start-up time ran out")
                    .isAfterOrEqualTo(slot.start().minusMillis(1)).isBefore(slot.start().plusMillis(1000));
            JsonNode t = metric(events, "t", rep);
            assertThat(at(t, "started_at")).as("the window it timed").isAfterOrEqualTo(slot.measureFrom())
                    .isBefore(slot.measureFrom().plusMillis(100));
            assertThat(Duration.between(at(t, "started_at"), at(t, "ended_at"))).isGreaterThanOrEqualTo(Duration.ofMillis(390));
            assertThat(at(t, "load_started_at")).isBeforeOrEqualTo(at(t, "started_at"));
            assertThat(at(t, "load_ended_at")).isAfterOrEqualTo(slot.end()).isBefore(slot.end().plusMillis(200));
            JsonNode whole = metric(events, "began", rep);
            assertThat(at(whole, "started_at")).as("a metric without a window is timed over the whole execution")
                    .isBeforeOrEqualTo(began.plusMillis(1)).isBefore(at(t, "started_at"));
            assertThat(t.get("rounds").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aCommandWhoseOwnWindowBeginsLateIsWarnedAboutOnceARepetitionAndKeepsTheWindowItReallyTimed() throws Exception {
        SlotSchedule slots = new SlotSchedule(300, 1600, 1080, 400);
        CommandSpec command = new CommandSpec(List.of("/bin/sh", "-c", WINDOWED), Map.of("TASK_LATE_0", "0.3"), null,
                Map.of(), List.of(), List.of(), 30, 1000L);
        Instant start = Instant.now().plusMillis(200).truncatedTo(ChronoUnit.MILLIS);

        List<JsonNode> events = coRun(1, slots, command, 1, 0, start).get(0);

        List<String> warnings = events.stream().filter(e -> e.get("type").asText().equals("warning"))
                .map(e -> e.get("message").asText()).toList();
        assertThat(warnings).as("%s", events).hasSize(1).first().asString()
                .contains("repetition 1: t was measured from").contains("ms after VGPUBENCH_MEASURE_AT")
                .contains("the controller flags a sample that is not covered");
        JsonNode t = metric(events, "t", 1);
        assertThat(at(t, "started_at")).isAfterOrEqualTo(slots.slot(start, 1).measureFrom().plusMillis(300));
    }

    @Test
    void aCommandTimedAsAWholeExecutionKeepsTheExecutionAsItsTimedIntervalAndIsStillToldItsWindow() throws Exception {
        SlotSchedule slots = new SlotSchedule(300, 1000, 150, 600);
        CommandSpec command = new CommandSpec(List.of("/bin/sh", "-c", "sleep 0.2; echo \"{\\\"metric\\\": \\\"measure_at\\\","
                + " \\\"value\\\": ${VGPUBENCH_MEASURE_AT:-0}}\""), Map.of(), null, Map.of(), List.of(), List.of(), 30);
        Instant start = Instant.now().plusMillis(200).truncatedTo(ChronoUnit.MILLIS);

        List<JsonNode> events = coRun(1, slots, command, 1, 1, start).get(0);

        JsonNode s = metric(events, "measure_at", 1);
        SlotSchedule.Slot slot = slots.slot(start, 1);
        assertThat(epoch(s.get("value").asDouble())).isEqualTo(slot.measureFrom());
        assertThat(at(s, "started_at")).as("its execution, started at the measuring time").isAfterOrEqualTo(slot.measureFrom())
                .isBefore(slot.measureFrom().plusMillis(150));
        assertThat(Duration.between(at(s, "started_at"), at(s, "ended_at"))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(at(s, "load_started_at")).as("its load, settle included").isBeforeOrEqualTo(at(s, "started_at"));
    }

    @Test
    void aWindowThatDoesNotEndAfterItStartsOrLiesOutsideItsExecutionFailsTheRunSayingWhy() throws Exception {
        files();
        assertThat(failure(run(sh("echo '{\"metric\": \"t\", \"value\": 1, \"started\": 1764700002.0, \"ended\": 1764700001.0}'",
                Map.of(), List.of(), 30), 1, 0))).contains("its window must end after it starts");
        assertThat(failure(run(sh("echo '{\"metric\": \"t\", \"value\": 1, \"started\": 1764700000.5}'",
                Map.of(), List.of(), 30), 1, 0))).contains("a window needs both \"started\" and \"ended\"");
        assertThat(failure(run(sh("echo '{\"metric\": \"t\", \"value\": 1, \"started\": 1764700000.0, \"ended\": 1764700001.0}'",
                Map.of(), List.of(), 30), 1, 0))).contains("metric t reports a window").contains("outside its execution");
    }

    @Test
    void aPatternsNamedGroupsStartedAndEndedGiveItsWindow() throws Exception {
        files();
        List<JsonNode> events = run(sh("s=$(date +%s.%N); sleep 0.1; e=$(date +%s.%N); echo \"rate 7.5 from $s to $e\"",
                Map.of(), List.of(new CommandSpec.MetricPattern("rate", "rate (?<value>\\S+) from (?<started>\\S+) to (?<ended>\\S+)",
                        "ops/s", true)), 30), 1, 0);

        JsonNode s = samples(events).get(0);
        assertThat(s.get("value").asDouble()).isEqualTo(7.5);
        assertThat(Duration.between(at(s, "started_at"), at(s, "ended_at"))).isBetween(Duration.ofMillis(90), Duration.ofMillis(2000));
    }
}
