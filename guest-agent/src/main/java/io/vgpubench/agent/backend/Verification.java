package io.vgpubench.agent.backend;

/** The outcome of checking a workload's result against a reference. */
public record Verification(boolean passed, double relativeError, double bound, String detail) {

    public static Verification within(double relativeError, double bound, String detail) {
        return new Verification(relativeError <= bound && !Double.isNaN(relativeError), relativeError, bound, detail);
    }

    /** A check with no number to it (a file against its checksum): passed. */
    public static Verification passed(String detail) {
        return new Verification(true, Double.NaN, Double.NaN, detail);
    }

    /** A check with no number to it: failed, {@code detail} saying why. */
    public static Verification failed(String detail) {
        return new Verification(false, Double.NaN, Double.NaN, detail);
    }

    /** Why it failed, for the run's failure message. */
    public String describe() {
        return Double.isNaN(bound) ? detail
                : "relative error " + relativeError + " exceeds the bound " + bound + " (" + detail + ")";
    }
}
