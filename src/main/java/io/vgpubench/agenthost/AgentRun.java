package io.vgpubench.agenthost;

import java.util.List;

/** One agent process on an instance, read incrementally. */
public interface AgentRun {

    /** The complete output lines (JSON events) written since the last call; a partial last line is kept back. */
    List<String> readNewLines();

    /** How many bytes of the events file {@link #readNewLines()} has returned so far. */
    long offset();

    /** Whether it is still running, exited (with its code) or lost. */
    RunStatus status();

    /** The tail of the agent's own log (stderr), for failure reports. */
    String logTail();

    /**
     * Stops it (time limit, teardown): SIGTERM to its process group, SIGKILL to what is left of it after
     * {@link RunProtocol#GRACE}; returns once its exit code is recorded (or the wait for it gives up).
     */
    void kill();

    /** The process state of an agent run. */
    sealed interface RunStatus {
        record Running() implements RunStatus {}

        record Exited(int code) implements RunStatus {}

        record Lost(String reason) implements RunStatus {}

        /**
         * No trace of the run on the instance: it was never started (a controller stopped between journaling
         * the start and making it), so it can be started now under the same key.
         */
        record NeverStarted(String where) implements RunStatus {}
    }
}
