package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import io.vgpubench.contract.spec.SlotSchedule;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Co-runners on one schedule: several agents' runners at once, each on its own thread, as tasks of one group. */
class SlottedRunTest {
    /** Two runs, 3 repetitions each; slots of 240 ms: settle 40, measure 120, then fill. */
    private static final SlotSchedule FIRST = new SlotSchedule(150, 240, 40, 120);
    private static final SlotSchedule SECOND = new SlotSchedule(FIRST.endMs(3) + 150, 240, 40, 120);

    private List<List<JsonNode>> runTasks(long... prepareMillis) throws Exception {
        int tasks = prepareMillis.length;
        Instant start = Instant.now().plusMillis(100);
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        try {
            List<Future<List<JsonNode>>> futures = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                int task = t;
                futures.add(threads.submit(() -> {
                    RunSpec spec = new RunSpec("c", "vm", "f", "c-f/t" + tasks, tasks, task, tasks, "auto", 1.0, start, null,
                            List.of(new RunRequest("r1", "gemm", Map.of(), 3, 1, 30, null, FIRST),
                                    new RunRequest("r2", "gemm", Map.of(), 3, 1, 30, null, SECOND)));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new Runner(new PacedBackend(prepareMillis[task], 10), new EventLog(out),
                            new PrintWriter(new StringWriter(), true)).run(spec, StartSignal.of(spec, null, null));
                    return Events.parse(out);
                }));
            }
            List<List<JsonNode>> events = new ArrayList<>();
            for (Future<List<JsonNode>> f : futures) {
                events.add(f.get());
            }
            return events;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<JsonNode> samples(List<JsonNode> events) {
        return events.stream().filter(e -> e.get("type").asText().equals("sample")).toList();
    }

    private static Instant at(JsonNode sample, String field) {
        return Instant.parse(sample.get(field).asText());
    }

    /** Every sample's timed interval lies inside every co-runner's load interval of the same run and repetition. */
    private static void assertFullyOverlapped(List<List<JsonNode>> tasks) {
        for (int t = 0; t < tasks.size(); t++) {
            for (JsonNode s : samples(tasks.get(t))) {
                for (int o = 0; o < tasks.size(); o++) {
                    if (o == t) {
                        continue;
                    }
                    JsonNode co = samples(tasks.get(o)).stream()
                            .filter(c -> c.get("run_id").equals(s.get("run_id")) && c.get("repetition").equals(s.get("repetition")))
                            .findFirst().orElseThrow();
                    assertThat(at(s, "started_at")).as("task %d %s rep %s", t, s.get("run_id"), s.get("repetition"))
                            .isAfterOrEqualTo(at(co, "load_started_at"));
                    assertThat(at(s, "ended_at")).isBeforeOrEqualTo(at(co, "load_ended_at"));
                }
            }
        }
    }

    @Test
    void twoTasksMeasureEveryRepetitionWhileTheOtherLoadsTheCard() throws Exception {
        List<List<JsonNode>> tasks = runTasks(5, 60);

        assertThat(tasks).allSatisfy(events -> assertThat(samples(events)).hasSize(6));
        assertFullyOverlapped(tasks);
        JsonNode s = samples(tasks.get(1)).get(0);
        assertThat(s.get("group").asText()).isEqualTo("c-f/t2");
        assertThat(s.get("group_size").asInt()).isEqualTo(2);
        assertThat(s.get("rounds").asInt()).isGreaterThan(1);
        assertThat(s.get("value").asDouble()).as("every round 100 items/s: so is the box").isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(at(s, "started_at")).isAfterOrEqualTo(at(s, "slot_start").plusMillis(40));
        assertThat(at(s, "load_ended_at")).as("loaded until the last 10 ms round that ends in the slot")
                .isAfterOrEqualTo(at(s, "slot_end").minusMillis(15)).isBeforeOrEqualTo(at(s, "slot_end"));
    }

    @Test
    void threeTasksStayInStepAcrossRunsWhateverEachTookToPrepare() throws Exception {
        List<List<JsonNode>> tasks = runTasks(0, 40, 120);

        assertThat(tasks).allSatisfy(events -> assertThat(samples(events)).hasSize(6));
        assertFullyOverlapped(tasks);
        assertThat(tasks).allSatisfy(events -> assertThat(events).noneMatch(e -> e.get("type").asText().equals("warning")));
    }

    @Test
    void aTaskThatPreparesPastItsSlotSaysHowLateAndItsSampleIsNotCoveredByTheOthersLoad() throws Exception {
        List<List<JsonNode>> tasks = runTasks(5, 400);

        List<JsonNode> late = tasks.get(1);
        assertThat(late).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("warning");
            assertThat(e.get("message").asText()).contains("repetition 1").contains("ms after the slot's measuring time began");
        });
        JsonNode lateFirst = samples(late).get(0);
        JsonNode onTime = samples(tasks.get(0)).get(0);
        assertThat(lateFirst.get("run_id").asText()).isEqualTo("r1");
        assertThat(at(lateFirst, "ended_at")).as("measured past the co-runner's load: the controller flags it")
                .isAfter(at(onTime, "load_ended_at"));
        assertThat(samples(late)).hasSize(6);
    }
}
