package io.vgpubench.agent.spec;

/** A run spec the agent cannot use; the message names the file, the field and, when known, line and column. */
public class BadSpecException extends Exception {
    public BadSpecException(String message) {
        super(message);
    }
}
