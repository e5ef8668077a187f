package io.vgpubench;

/**
 * What kind of failure ended a command, as the code that saw it can tell; only the command line turns a
 * kind into an exit code (README.md lists them).
 */
public enum FailureKind {
    /** A playbook, catalog, samples file, campaign folder or argument is wrong; nothing was changed for it. */
    BAD_INPUT,
    /** The cloud API, SSH, an instance or the results disk failed (or a fleet does not fit the quota). */
    INFRASTRUCTURE,
    /** The work was interrupted before it could finish. */
    INTERRUPTED
}
