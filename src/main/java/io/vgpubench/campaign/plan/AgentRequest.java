package io.vgpubench.campaign.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** One run as the agent's spec file states it (the agent's {@code RunRequest}, snake_case JSON). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AgentRequest(String runId, String workload, Map<String, String> parameters, int repetitions,
                           int warmup, int timeLimitSeconds) {
}
