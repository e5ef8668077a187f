package io.vgpubench.agent.run;

/** No backend could start on this machine (or the one asked for could not); the message says why. */
public class NoBackendException extends Exception {
    public NoBackendException(String message) {
        super(message);
    }
}
