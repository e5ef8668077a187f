package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerTest {
    private final ScriptedBackend backend = new ScriptedBackend();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter progress = new StringWriter();

    private boolean run(Instant startAt, RunRequest... runs) throws Exception {
        RunSpec spec = new RunSpec("camp-1", "vm-3", "g3.small", 1, 2, "auto", 1.0, startAt, null, List.of(runs));
        return new Runner(backend, new EventLog(out), new PrintWriter(progress, true)).run(spec, StartSignal.of(spec, null, java.time.Duration.ZERO));
    }

    private static RunRequest request(String id, String workload, int reps, int warmup, int limit) {
        return new RunRequest(id, workload, Map.of("size", "9"), reps, warmup, limit);
    }

    @Test
    void writesRunStartedOneSampleAMeasurementRunDoneAndAgentDoneInOrder() throws Exception {
        assertThat(run(null, request("r1", "gemm", 2, 0, 10))).isTrue();

        List<JsonNode> events = Events.parse(out);
        assertThat(Events.types(events)).isEqualTo("run_started,sample,sample,sample,sample,run_done,agent_done");
        JsonNode first = events.get(1);
        assertThat(first.get("campaign").asText()).isEqualTo("camp-1");
        assertThat(first.get("instance").asText()).isEqualTo("vm-3");
        assertThat(first.get("flavor").asText()).isEqualTo("g3.small");
        assertThat(first.get("run_id").asText()).isEqualTo("r1");
        assertThat(first.get("workload").asText()).isEqualTo("gemm");
        assertThat(first.get("task").asInt()).isEqualTo(1);
        assertThat(first.get("tasks").asInt()).isEqualTo(2);
        assertThat(first.get("backend").asText()).isEqualTo("scripted");
        assertThat(first.get("device").get("name").asText()).isEqualTo("scripted device");
        assertThat(Instant.parse(first.get("ended_at").asText())).isAfterOrEqualTo(Instant.parse(first.get("started_at").asText()));
        assertThat(events.subList(1, 5)).extracting(e -> e.get("repetition").asInt() + ":" + e.get("metric").asText())
                .containsExactly("1:count", "1:time", "2:count", "2:time");
        assertThat(events.get(6).get("runs_ok").asInt()).isEqualTo(1);
        assertThat(progress.toString()).contains("run r1 (gemm): 2 repetitions, count median");
    }

    @Test
    void recordsTheSpecParametersMergedOverTheBackendDefaults() throws Exception {
        run(null, request("r1", "gemm", 1, 0, 10));

        assertThat(backend.prepared.get(0).values()).containsExactlyInAnyOrderEntriesOf(Map.of("size", "9", "precision", "fp64"));
        assertThat(Events.parse(out).get(1).get("parameters").get("size").asText()).isEqualTo("9");
    }

    @Test
    void leavesWarmUpRepetitionsOutOfTheSamples() throws Exception {
        run(null, request("r1", "gemm", 3, 4, 10));

        assertThat(backend.measured.get()).isEqualTo(7);
        List<JsonNode> samples = Events.parse(out).stream().filter(e -> e.get("type").asText().equals("sample")).toList();
        assertThat(samples).hasSize(6);
        assertThat(samples.stream().filter(s -> s.get("metric").asText().equals("count")).map(s -> s.get("value").asInt()))
                .containsExactly(5, 6, 7);
    }

    @Test
    void failedVerificationWritesRunFailedWithNoSamplesAndTheNextRunStillRuns() throws Exception {
        assertThat(run(null, request("bad", "memcopy", 3, 1, 10), request("good", "gemm", 1, 0, 10))).isFalse();

        List<JsonNode> events = Events.parse(out);
        assertThat(Events.types(events)).isEqualTo("run_started,run_failed,run_started,sample,sample,run_done,agent_done");
        assertThat(events.get(1).get("message").asText()).contains("verification failed", "0.5", "scripted mismatch");
        assertThat(events.get(6).get("runs_failed").asInt()).isEqualTo(1);
        assertThat(backend.closedWorkloads.get()).isEqualTo(2);
    }

    @Test
    void stopsARunAtItsTimeLimitAndGoesOnWithTheNext() throws Exception {
        long t0 = System.nanoTime();
        boolean ok = run(null, request("slow", "launch", 1, 0, 1), request("next", "gemm", 1, 0, 10));
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertThat(ok).isFalse();
        List<JsonNode> events = Events.parse(out);
        assertThat(Events.types(events)).isEqualTo("run_started,run_failed,run_started,sample,sample,run_done,agent_done");
        assertThat(events.get(1).get("message").asText()).contains("time limit of 1 s");
        assertThat(seconds).isLessThan(5);
    }

    @Test
    void outOfMemoryFailsTheRunWithAClearMessageAndTheAgentGoesOn() throws Exception {
        assertThat(run(null, request("hog", "memprobe", 1, 0, 30), request("next", "gemm", 1, 0, 10))).isFalse();

        List<JsonNode> events = Events.parse(out);
        assertThat(Events.types(events)).isEqualTo("run_started,run_failed,run_started,sample,sample,run_done,agent_done");
        assertThat(events.get(1).get("message").asText()).startsWith("out of memory").contains("Java heap max");
    }

    @Test
    void aBackendRefusingTheSizeFailsOnlyThatRun() throws Exception {
        run(null, request("big", "transfer", 1, 0, 10), request("next", "gemm", 1, 0, 10));

        List<JsonNode> events = Events.parse(out);
        assertThat(events.get(1).get("message").asText()).isEqualTo("transfer needs 9 GiB, above the memory cap");
        assertThat(Events.types(events)).endsWith("run_done,agent_done");
    }

    @Test
    void waitsForTheSynchronizedStartBeforeTheFirstRun() throws Exception {
        Instant startAt = Instant.now().plusMillis(700);

        run(startAt, request("r1", "gemm", 1, 0, 10));

        Instant started = Instant.parse(Events.parse(out).get(0).get("at").asText());
        assertThat(started).isAfterOrEqualTo(startAt);
    }
}
