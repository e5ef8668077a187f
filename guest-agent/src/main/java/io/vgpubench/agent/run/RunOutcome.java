package io.vgpubench.agent.run;

/** How one run ended: completed with {@code samples} samples written, or failed with a message. */
public record RunOutcome(boolean ok, int samples, String message, String summary) {

    static RunOutcome done(int samples, String summary) {
        return new RunOutcome(true, samples, null, summary);
    }

    static RunOutcome failed(int samples, String message) {
        return new RunOutcome(false, samples, message, null);
    }
}
