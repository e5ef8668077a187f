package io.vgpubench.agent.gpu;

/**
 * How many back-to-back operations one round holds, so each lasts about 50 ms: a time-boxed repetition runs
 * rounds back to back, and a short round keeps its end within the slot however many co-runners slow it down.
 */
final class Repeats {
    static final double TARGET_MS = 50;
    /** Operations timed, after one untimed, to estimate one operation's time. */
    static final int PROBE = 3;

    private Repeats() {}

    static int forTarget(double oneMs) {
        if (!(oneMs > 0)) {
            return 1000;
        }
        return (int) Math.max(1, Math.min(10_000, Math.ceil(TARGET_MS / oneMs)));
    }
}
