package io.vgpubench.contract.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * What the controller asks one agent process to do: the identity every sample carries, and the runs in
 * order. Written by the controller as JSON (snake_case), read by {@code vgpu-agent run --spec FILE}.
 *
 * @param group          the co-runner group: every agent process that shares the card in this batch has the
 *                       same one, and the same runs in the same order and slots
 * @param groupSize      how many agent processes the group has (instances × tasks); 1 when alone
 * @param startAt        when set, the agent waits until this instant before its first timed run
 * @param startSignal    when true, the agent opens its cards, writes a {@code ready} event and waits for the
 *                       controller's start signal (a file named on the command line holding the group's common
 *                       start instant) instead of {@code startAt}
 * @param memoryFraction cap on device memory as a fraction of what the device reports (1.0 = none)
 * @param backend        "auto" (CUDA if a device answers, else CPU), "cuda" or "cpu"
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSpec(
        String campaign,
        String instance,
        String flavor,
        String group,
        Integer groupSize,
        int task,
        int tasks,
        String backend,
        double memoryFraction,
        Instant startAt,
        Boolean startSignal,
        List<RunRequest> runs) {

    /** A spec outside any group (an agent run by hand, a test). */
    public RunSpec(String campaign, String instance, String flavor, int task, int tasks, String backend,
                   double memoryFraction, Instant startAt, Boolean startSignal, List<RunRequest> runs) {
        this(campaign, instance, flavor, null, null, task, tasks, backend, memoryFraction, startAt, startSignal, runs);
    }

    /** True when other agent processes share the card with this one: the group's, or else this instance's tasks. */
    public boolean hasCoRunners() {
        return groupSize != null ? groupSize > 1 : tasks > 1;
    }

    /** True when the agent must wait for the controller's start signal. */
    public boolean awaitsSignal() {
        return Boolean.TRUE.equals(startSignal);
    }
}
