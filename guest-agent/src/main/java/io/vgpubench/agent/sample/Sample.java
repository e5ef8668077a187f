package io.vgpubench.agent.sample;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.agent.backend.DeviceFacts;
import java.time.Instant;
import java.util.Map;

/**
 * One sample, written as one JSON line with {@code "type":"sample"} (snake_case fields). This is the
 * contract between agent and controller; the controller's {@code io.vgpubench.results.Sample} reads it.
 * {@code deviceIndex} is the card that measured it (the CUDA ordinal; 0 on the CPU backend), or null for a
 * node-wide figure of several cards ({@code <metric>_node_total}, {@code <metric>_scaling_efficiency}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"type", "campaign", "instance", "flavor", "run_id", "workload", "parameters", "repetition",
        "task", "tasks", "device_index", "metric", "value", "unit", "higher_is_better", "started_at", "ended_at", "backend", "device"})
public record Sample(
        String type,
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
        DeviceFacts device) {
}
