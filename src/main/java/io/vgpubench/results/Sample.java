package io.vgpubench.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/**
 * One sample as the agent wrote it (one JSON line of samples.jsonl, snake_case): campaign, instance,
 * flavor, workload, parameters, repetition, task index, metric, value, unit, whether higher is better,
 * timestamps and the device facts, and the card that measured it ({@code deviceIndex}: null for node-wide
 * figures and for agents that predate cards). {@code (instance, runId, repetition, task, metric, card)}
 * identifies it.
 *
 * <p>Co-tenants (issue 21), all nullable (absent from agents that predate common time slots): {@code group}
 * names every agent process that shares the card in the batch, {@code groupSize} how many there are (1 =
 * alone); {@code slotStart}/{@code slotEnd} is the planned slot of the repetition; {@code loadStartedAt}/
 * {@code loadEndedAt} when this process's work on the card for the repetition began and ended (it loads the
 * card before and after its timed part, {@code startedAt}/{@code endedAt}); {@code operations} what the
 * timed interval counted. What they prove is worked out in {@code io.vgpubench.sharing}, not here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sample(
        String campaign,
        String instance,
        String flavor,
        String runId,
        String workload,
        Map<String, String> parameters,
        int repetition,
        int task,
        int tasks,
        String metric,
        double value,
        String unit,
        boolean higherIsBetter,
        Instant startedAt,
        Instant endedAt,
        String backend,
        Map<String, Object> device,
        Integer deviceIndex,
        String group,
        Integer groupSize,
        Instant slotStart,
        Instant slotEnd,
        Instant loadStartedAt,
        Instant loadEndedAt,
        Long operations) {

    /** A sample from card 0 or from an agent that does not name its card. */
    public Sample(String campaign, String instance, String flavor, String runId, String workload,
                  Map<String, String> parameters, int repetition, int task, int tasks, String metric, double value,
                  String unit, boolean higherIsBetter, Instant startedAt, Instant endedAt, String backend,
                  Map<String, Object> device) {
        this(campaign, instance, flavor, runId, workload, parameters, repetition, task, tasks, metric, value, unit,
                higherIsBetter, startedAt, endedAt, backend, device, null);
    }

    /** A sample of a card, from an agent that predates common time slots (no group, slot or load interval). */
    public Sample(String campaign, String instance, String flavor, String runId, String workload,
                  Map<String, String> parameters, int repetition, int task, int tasks, String metric, double value,
                  String unit, boolean higherIsBetter, Instant startedAt, Instant endedAt, String backend,
                  Map<String, Object> device, Integer deviceIndex) {
        this(campaign, instance, flavor, runId, workload, parameters, repetition, task, tasks, metric, value, unit,
                higherIsBetter, startedAt, endedAt, backend, device, deviceIndex, null, null, null, null, null, null, null);
    }

    /** The identity that makes a sample count once, whatever retries and resumes happened. */
    public String key() {
        // run ids repeat across an instance's batches (tasks 1, tasks 2): the task count tells them apart
        String base = instance + "/" + runId + "/" + repetition + "/" + task + "of" + tasks + "/" + metric;
        return deviceIndex == null ? base : base + "/card" + deviceIndex;
    }
}
