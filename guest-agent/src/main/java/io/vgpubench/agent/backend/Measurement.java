package io.vgpubench.agent.backend;

import java.time.Instant;

/**
 * One metric of one repetition, e.g. ("tflops", 51.6, "TFLOP/s", true), and, where the workload timed its own
 * window (a user's command that printed {@code started} and {@code ended}), that window: null for the built-in
 * workloads, whose timed interval is the agent's own.
 */
public record Measurement(String metric, double value, String unit, boolean higherIsBetter, Window window) {
    public Measurement {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric " + metric + " is not finite: " + value);
        }
    }

    public Measurement(String metric, double value, String unit, boolean higherIsBetter) {
        this(metric, value, unit, higherIsBetter, null);
    }

    /**
     * The interval a value was measured over ({@code started} to {@code ended}) and the interval around it in which
     * the workload kept the card loaded ({@code loadStarted} to {@code loadEnded}, the window itself when the workload
     * said nothing more).
     */
    public record Window(Instant started, Instant ended, Instant loadStarted, Instant loadEnded) {
        public Window {
            if (!ended.isAfter(started)) {
                throw new IllegalArgumentException("a window must end after it starts: " + started + " to " + ended);
            }
            if (loadStarted.isAfter(started) || loadEnded.isBefore(ended)) {
                throw new IllegalArgumentException("the load around a window must hold it: load " + loadStarted + " to "
                        + loadEnded + ", window " + started + " to " + ended);
            }
        }
    }
}
