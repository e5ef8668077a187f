package io.vgpubench.agent.cli;

/** The agent's exit codes, in one place. */
public final class AgentExit {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_SPEC = 2;
    public static final int NO_BACKEND = 3;
    /** The spec asked for a start signal and none came in time. */
    public static final int NO_START = 4;

    private AgentExit() {}
}
