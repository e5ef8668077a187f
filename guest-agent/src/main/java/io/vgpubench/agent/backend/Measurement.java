package io.vgpubench.agent.backend;

/** One metric of one repetition, e.g. ("tflops", 51.6, "TFLOP/s", true). */
public record Measurement(String metric, double value, String unit, boolean higherIsBetter) {
    public Measurement {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric " + metric + " is not finite: " + value);
        }
    }
}
