package io.vgpubench.results;

import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;

/**
 * The campaign folder could not be written (a full or failing results disk): an infrastructure failure of this
 * machine, never a dropped connection to an instance, so nothing retries or reattaches on it.
 */
public final class ResultsWriteFailed extends VgpubenchException {
    public ResultsWriteFailed(String message, Throwable cause) {
        super(FailureKind.INFRASTRUCTURE, message, cause);
    }
}
