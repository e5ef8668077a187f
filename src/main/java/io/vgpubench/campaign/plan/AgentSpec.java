package io.vgpubench.campaign.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * The spec file one agent process runs (the agent's {@code RunSpec}, snake_case JSON). With
 * {@code startSignal} the agent says {@code ready} and waits for {@link io.vgpubench.agenthost.AgentHost#release}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AgentSpec(String campaign, String instance, String flavor, int task, int tasks, String backend,
                        double memoryFraction, Instant startAt, Boolean startSignal, List<AgentRequest> runs) {
}
