package io.vgpubench.agent.backend;

/** The outcome of checking a workload's result against a reference. */
public record Verification(boolean passed, double relativeError, double bound, String detail) {

    public static Verification within(double relativeError, double bound, String detail) {
        return new Verification(relativeError <= bound && !Double.isNaN(relativeError), relativeError, bound, detail);
    }
}
