package io.vgpubench.contract.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/**
 * One measurement: what ran (campaign, instance, flavor, run, workload, parameters, repetition, task of how
 * many), what it measured (metric, value, unit, direction), when, on what (backend, device facts, card), and,
 * on a schedule, with whom and inside which slot. One JSON line of the agent's events ({@code "type":"sample"})
 * and of the campaign's samples.jsonl (snake_case).
 *
 * @param deviceIndex   the card that measured it (the CUDA ordinal; 0 on the CPU backend), or null for a
 *                      node-wide figure of several cards
 * @param startedAt     start of the timed interval
 * @param endedAt       end of the timed interval
 * @param group         the co-runner group of the spec (null outside one)
 * @param groupSize     the agent processes of that group (1 alone)
 * @param slotStart     the planned slot of this repetition, null without a schedule
 * @param loadStartedAt when this process began loading the card for this repetition (before the timed interval)
 * @param loadEndedAt   when it stopped (after the timed interval, at the slot's end)
 * @param rounds        how many back-to-back measurements the timed interval combined (a time-boxed repetition)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"campaign", "instance", "flavor", "run_id", "workload", "parameters", "repetition", "task",
        "tasks", "device_index", "metric", "value", "unit", "higher_is_better", "started_at", "ended_at", "backend",
        "device", "group", "group_size", "slot_start", "slot_end", "load_started_at", "load_ended_at", "rounds"})
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
        Integer deviceIndex,
        String metric,
        double value,
        String unit,
        boolean higherIsBetter,
        Instant startedAt,
        Instant endedAt,
        String backend,
        DeviceFacts device,
        String group,
        Integer groupSize,
        Instant slotStart,
        Instant slotEnd,
        Instant loadStartedAt,
        Instant loadEndedAt,
        Integer rounds) implements AgentEvent {

    /** A sample without a schedule (card 0 or a named card; node-wide when {@code deviceIndex} is null). */
    public static Sample unscheduled(String campaign, String instance, String flavor, String runId, String workload,
                                     Map<String, String> parameters, int repetition, int task, int tasks,
                                     Integer deviceIndex, String metric, double value, String unit,
                                     boolean higherIsBetter, Instant startedAt, Instant endedAt, String backend,
                                     DeviceFacts device) {
        return new Sample(campaign, instance, flavor, runId, workload, parameters, repetition, task, tasks, deviceIndex,
                metric, value, unit, higherIsBetter, startedAt, endedAt, backend, device, null, null, null, null, null,
                null, null);
    }

    /** The same sample at another repetition number (the controller numbers repetitions campaign-wide). */
    public Sample atRepetition(int rep) {
        return new Sample(campaign, instance, flavor, runId, workload, parameters, rep, task, tasks, deviceIndex, metric,
                value, unit, higherIsBetter, startedAt, endedAt, backend, device, group, groupSize, slotStart, slotEnd,
                loadStartedAt, loadEndedAt, rounds);
    }

    /** The identity that makes a sample count once, whatever retries and resumes happened. */
    public String key() {
        // run ids repeat across an instance's batches (tasks 1, tasks 2): the task count tells them apart
        String base = instance + "/" + runId + "/" + repetition + "/" + task + "of" + tasks + "/" + metric;
        return deviceIndex == null ? base : base + "/card" + deviceIndex;
    }
}
