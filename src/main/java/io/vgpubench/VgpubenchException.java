package io.vgpubench;

import io.vgpubench.cli.ExitCode;

/**
 * The one exception type that carries an exit status; the CLI maps it once. Its message is shown
 * to the user as is, so it must never hold a secret.
 */
public class VgpubenchException extends RuntimeException {
    private final int exitCode;

    public VgpubenchException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public VgpubenchException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Bad input (exit 2): the message names the file, line, column and field where they are known. */
    public static VgpubenchException badInput(String message) {
        return new VgpubenchException(ExitCode.BAD_INPUT, message);
    }

    /** A cloud or infrastructure failure (exit 3). */
    public static VgpubenchException infrastructure(String message, Throwable cause) {
        return new VgpubenchException(ExitCode.INFRASTRUCTURE, message, cause);
    }
}
