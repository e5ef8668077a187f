package io.vgpubench.ssh;

import io.vgpubench.VgpubenchException;
import io.vgpubench.FailureKind;

/**
 * An SSH failure for one instance (an infrastructure failure if it ends the campaign). {@code retryable} marks the faults
 * that may pass with time: refused or timed-out connections, a dropped session.
 */
public class SshException extends VgpubenchException {
    private final boolean retryable;

    public SshException(String message) {
        this(message, null, false);
    }

    public SshException(String message, Throwable cause, boolean retryable) {
        super(FailureKind.INFRASTRUCTURE, message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Nothing accepted the TCP connection: retryable while a machine boots, a sign of no sshd once it has. */
    public static final class Refused extends SshException {
        public Refused(String message) {
            super(message, null, true);
        }
    }
}
