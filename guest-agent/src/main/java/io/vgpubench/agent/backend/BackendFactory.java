package io.vgpubench.agent.backend;

import java.util.Optional;

/**
 * Opens a backend if this machine can run it. Found through {@link java.util.ServiceLoader}
 * (META-INF/services/io.vgpubench.agent.backend.BackendFactory), so the CUDA backend and the CPU
 * backend are chosen the same way.
 */
public interface BackendFactory {

    /** "cpu" or "cuda". */
    String name();

    /** Preference among available backends under "auto": higher wins (cuda over cpu). */
    int priority();

    /**
     * The backend, or empty with {@code reason} told through {@code why} when this machine cannot run
     * it (no driver, no device). Never throws for a missing device.
     */
    Optional<Backend> open(BackendOptions options, java.util.function.Consumer<String> why);

    /**
     * How many cards this backend sees ({@link BackendOptions#deviceIndex} runs from 0 to this less one).
     * Called only after {@link #open} succeeded once. One unless the backend knows better.
     */
    default int deviceCount() {
        return 1;
    }
}
