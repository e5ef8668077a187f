package io.vgpubench.agent.sample;

/**
 * The agent's output stream is JSON lines, one event a line, each flushed as it is produced.
 * The field {@code "type"} tells them apart:
 * <ul>
 *   <li>{@code sample}: one measurement (see {@link Sample});</li>
 *   <li>{@code ready}: the cards are open and the agent waits for the controller's start signal;</li>
 *   <li>{@code run_started}, {@code run_done}: a run's boundaries, with {@code run_id};</li>
 *   <li>{@code run_failed}: {@code run_id}, {@code message} (verification failure, out of memory, time limit);</li>
 *   <li>{@code warning}: {@code message}, e.g. clocks far below their maximum, backend fallback.</li>
 *   <li>{@code agent_done}: the last line of a complete run of the spec.</li>
 * </ul>
 */
public final class AgentEvent {
    public static final String READY = "ready";
    public static final String SAMPLE = "sample";
    public static final String RUN_STARTED = "run_started";
    public static final String RUN_DONE = "run_done";
    public static final String RUN_FAILED = "run_failed";
    public static final String WARNING = "warning";
    public static final String AGENT_DONE = "agent_done";

    private AgentEvent() {}
}
