package io.vgpubench.campaign.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One run as the agent's spec file states it (the agent's {@code RunRequest}, snake_case JSON).
 * {@code devices} is left out when null (card 0), so agents that predate it read the spec unchanged.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AgentRequest(String runId, String workload, Map<String, String> parameters, int repetitions,
                           int warmup, int timeLimitSeconds,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String devices) {
}
