package io.vgpubench.agent.backend;

/**
 * Options every backend honours. {@code memoryFraction} caps device memory at that fraction of what
 * the device reports (like the study's Listing 1); sizes that would exceed it are refused.
 * {@code deviceIndex} picks the card (0 for the first).
 */
public record BackendOptions(double memoryFraction, int deviceIndex) {
    public BackendOptions {
        if (!(memoryFraction > 0 && memoryFraction <= 1)) {
            throw new IllegalArgumentException("memory fraction must be in (0, 1]: " + memoryFraction);
        }
    }
}
