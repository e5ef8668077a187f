package io.vgpubench.agent.spec;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One run: a workload at fixed parameters, repeated. {@code runId} is unique in the campaign and,
 * with the repetition, task, card and metric, identifies a sample exactly once (resume relies on it).
 *
 * @param devices which cards run it (see {@link DeviceChoice}): a card index such as "0", "each" (every
 *                card in turn) or "all" (every card alone, then all at once); absent means card 0
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunRequest(
        String runId,
        String workload,
        Map<String, String> parameters,
        int repetitions,
        int warmup,
        int timeLimitSeconds,
        String devices) {

    /** A run on card 0, as every spec was before {@code devices} existed. */
    public RunRequest(String runId, String workload, Map<String, String> parameters, int repetitions, int warmup,
                      int timeLimitSeconds) {
        this(runId, workload, parameters, repetitions, warmup, timeLimitSeconds, null);
    }
}
