package io.vgpubench.agent.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * Every event line that is not a sample: {@code ready}, {@code run_started}, {@code run_done}, {@code run_failed},
 * {@code warning} and {@code agent_done} (see {@link AgentEvent}). Fields that do not apply are left out.
 *
 * @param runsOk     on {@code agent_done}: runs that completed
 * @param runsFailed on {@code agent_done}: runs that failed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "run_id", "workload", "message", "at"})
public record RunEvent(
        String type, String runId, String workload, String message, Instant at, Integer runsOk, Integer runsFailed) {

    /** The cards are open and the agent waits for its start signal. */
    public static RunEvent ready() {
        return new RunEvent(AgentEvent.READY, null, null, null, Instant.now(), null, null);
    }

    public static RunEvent started(String runId, String workload) {
        return new RunEvent(AgentEvent.RUN_STARTED, runId, workload, null, Instant.now(), null, null);
    }

    public static RunEvent done(String runId, String workload) {
        return new RunEvent(AgentEvent.RUN_DONE, runId, workload, null, Instant.now(), null, null);
    }

    public static RunEvent failed(String runId, String workload, String message) {
        return new RunEvent(AgentEvent.RUN_FAILED, runId, workload, message, Instant.now(), null, null);
    }

    public static RunEvent warning(String message) {
        return new RunEvent(AgentEvent.WARNING, null, null, message, Instant.now(), null, null);
    }

    public static RunEvent agentDone(int runsOk, int runsFailed) {
        return new RunEvent(AgentEvent.AGENT_DONE, null, null, null, Instant.now(), runsOk, runsFailed);
    }
}
