package io.vgpubench.cli;

import io.vgpubench.FailureKind;

/** The few exit codes of vgpubench, named once, and the one mapping from failure kinds. Documented in README.md. */
public final class ExitCode {
    /** The campaign ran and every run and threshold passed (or the command did what it was asked). */
    public static final int OK = 0;
    /** The campaign ran, but runs failed or thresholds were not met. */
    public static final int FAILED_RUNS = 1;
    /** Bad input: a playbook, flavor catalog, samples file or argument is wrong. Nothing was provisioned. */
    public static final int BAD_INPUT = 2;
    /** Cloud or infrastructure failure: the cloud API, SSH, the results disk. */
    public static final int INFRASTRUCTURE = 3;
    /** Stopped by Ctrl-C (128 + SIGINT, what a shell reports for a process that SIGINT ended). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}

    /** The exit code of a command that failed this way. */
    public static int of(FailureKind kind) {
        return switch (kind) {
            case BAD_INPUT -> BAD_INPUT;
            case INFRASTRUCTURE -> INFRASTRUCTURE;
            case INTERRUPTED -> INTERRUPTED;
        };
    }
}
