package io.vgpubench.contract.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One run: a workload at fixed parameters, repeated. {@code runId} is unique in the campaign and, with the
 * repetition, task, card and metric, identifies a sample exactly once (resume relies on it).
 *
 * @param devices  which cards run it: a card index such as "0", "each" (every card in turn) or "all" (every
 *                 card alone, then all at once); absent means card 0
 * @param schedule the run's time slots, shared with its co-runners; absent means each repetition is measured
 *                 as soon as the previous one ended (an agent run by hand, or a run over several cards)
 * @param command  the user's own benchmark, when the run is one: {@code workload} is then the name the playbook
 *                 gave it (never one of the catalog's), {@code parameters} what its argv and environment were
 *                 given; absent for the built-in workloads
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRequest(
        String runId,
        String workload,
        Map<String, String> parameters,
        int repetitions,
        int warmup,
        int timeLimitSeconds,
        String devices,
        SlotSchedule schedule,
        CommandSpec command) {

    /** A built-in workload's run. */
    public RunRequest(String runId, String workload, Map<String, String> parameters, int repetitions, int warmup,
                      int timeLimitSeconds, String devices, SlotSchedule schedule) {
        this(runId, workload, parameters, repetitions, warmup, timeLimitSeconds, devices, schedule, null);
    }

    /** A run on card 0 without slots. */
    public RunRequest(String runId, String workload, Map<String, String> parameters, int repetitions, int warmup,
                      int timeLimitSeconds) {
        this(runId, workload, parameters, repetitions, warmup, timeLimitSeconds, null, null, null);
    }

    public RunRequest withSchedule(SlotSchedule s) {
        return new RunRequest(runId, workload, parameters, repetitions, warmup, timeLimitSeconds, devices, s, command);
    }
}
