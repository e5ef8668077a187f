package io.vgpubench.contract.event;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of the agent's output (JSON lines, each flushed as produced), told apart by its {@code "type"}
 * field: {@link Sample} ({@code sample}), {@link Ready}, {@link RunStarted}, {@link RunDone}, {@link RunFailed},
 * {@link Warning} and {@link AgentDone}; {@link Unknown} stands for a type this side does not know (a newer
 * agent), which a reader skips. {@link AgentEvents} writes and reads them.
 */
public sealed interface AgentEvent permits Sample, AgentEvent.Ready, AgentEvent.RunStarted, AgentEvent.RunDone,
        AgentEvent.RunFailed, AgentEvent.Warning, AgentEvent.AgentDone, AgentEvent.Unknown {

    /** The cards are open and the agent waits for its start signal. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Ready(Instant at) implements AgentEvent {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RunStarted(String runId, String workload, Instant at) implements AgentEvent {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RunDone(String runId, String workload, Instant at) implements AgentEvent {
    }

    /** A run that ended without all its samples: verification failure, out of memory, time limit, crash. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RunFailed(String runId, String workload, String message, Instant at) implements AgentEvent {
    }

    /** Something a person should know (clocks far below their maximum, a late slot, a backend fallback). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Warning(String message, Instant at) implements AgentEvent {
    }

    /** The last line of a complete run of the spec. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AgentDone(int runsOk, int runsFailed, Instant at) implements AgentEvent {
    }

    /** A line whose type this side does not know. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Unknown(String type) implements AgentEvent {
    }

    static Ready ready() {
        return new Ready(Instant.now());
    }

    static RunStarted started(String runId, String workload) {
        return new RunStarted(runId, workload, Instant.now());
    }

    static RunDone done(String runId, String workload) {
        return new RunDone(runId, workload, Instant.now());
    }

    static RunFailed failed(String runId, String workload, String message) {
        return new RunFailed(runId, workload, message, Instant.now());
    }

    static Warning warning(String message) {
        return new Warning(message, Instant.now());
    }

    static AgentDone agentDone(int runsOk, int runsFailed) {
        return new AgentDone(runsOk, runsFailed, Instant.now());
    }
}
