package io.vgpubench.agent.gpu;

/** How many back-to-back operations one timed repetition holds, so each lasts about a quarter second. */
final class Repeats {
    static final double TARGET_MS = 250;
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
