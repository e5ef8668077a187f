package io.vgpubench;

/**
 * The one exception type that carries what kind of failure it is; the command line maps the kind to an exit
 * code, once. Its message is shown to the user as is, so it must never hold a secret: whatever in it is shaped
 * like a credential is hidden ({@link Redact}) before it is kept.
 */
public class VgpubenchException extends RuntimeException {
    private final FailureKind kind;

    public VgpubenchException(FailureKind kind, String message) {
        super(Redact.secrets(message));
        this.kind = kind;
    }

    public VgpubenchException(FailureKind kind, String message, Throwable cause) {
        super(Redact.secrets(message), cause);
        this.kind = kind;
    }

    public FailureKind kind() {
        return kind;
    }

    /** Bad input: the message names the file, line, column and field where they are known. */
    public static VgpubenchException badInput(String message) {
        return new VgpubenchException(FailureKind.BAD_INPUT, message);
    }

    /** A cloud or infrastructure failure. */
    public static VgpubenchException infrastructure(String message, Throwable cause) {
        return new VgpubenchException(FailureKind.INFRASTRUCTURE, message, cause);
    }
}
