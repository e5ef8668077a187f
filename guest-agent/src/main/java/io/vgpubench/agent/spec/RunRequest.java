package io.vgpubench.agent.spec;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One run: a workload at fixed parameters, repeated. {@code runId} is unique in the campaign and,
 * with the repetition and task, identifies a sample exactly once (resume relies on it).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunRequest(
        String runId,
        String workload,
        Map<String, String> parameters,
        int repetitions,
        int warmup,
        int timeLimitSeconds) {
}
