package io.vgpubench.agent.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * What the controller asks one agent process to do: the identity every sample carries, and the runs
 * in order. Written by the controller as JSON (snake_case), read by {@code vgpu-agent run --spec FILE}.
 *
 * @param startAt       when set, the agent waits until this instant before its first timed run, so
 *                      several tasks or instances start together (synchronized start)
 * @param startSignal   when true, the agent opens its cards, writes a {@code ready} event and waits
 *                      for the controller's start signal (a file named on the command line holding
 *                      the group's common start instant) instead of {@code startAt}: the controller
 *                      sets the start only once every member of the group is ready, however long
 *                      each took to start its runtime and CUDA context
 * @param memoryFraction cap on device memory as a fraction of what the device reports (1.0 = none)
 * @param backend       "auto" (CUDA if a device answers, else CPU), "cuda" or "cpu"
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = false)
public record RunSpec(
        String campaign,
        String instance,
        String flavor,
        int task,
        int tasks,
        String backend,
        double memoryFraction,
        Instant startAt,
        Boolean startSignal,
        List<RunRequest> runs) {

    /** True when the agent must wait for the controller's start signal. */
    public boolean awaitsSignal() {
        return Boolean.TRUE.equals(startSignal);
    }
}
