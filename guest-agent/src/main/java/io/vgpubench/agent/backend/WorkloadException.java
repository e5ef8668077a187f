package io.vgpubench.agent.backend;

/** A workload that cannot be prepared, run or verified; the message says why in one line. */
public class WorkloadException extends Exception {
    public WorkloadException(String message) {
        super(message);
    }

    public WorkloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
