package io.vgpubench.agent.gpu;

import io.vgpubench.contract.event.DeviceFacts;
import java.util.Locale;
import java.util.Optional;

/**
 * Flags SM clocks far below their maximum during a run (the study's turbo surprise: one card boosted,
 * another not), so a slow figure is not mistaken for virtualization overhead.
 */
public final class ClockWatch {
    /** Below this share of the maximum SM clock, a running card is "far below". */
    public static final double THRESHOLD = 0.7;

    private ClockWatch() {}

    /** Within this share of its power limit, a card is taken to be power-capped. */
    static final double AT_LIMIT = 0.9;

    /**
     * A warning when the facts, read during timed work, show a low SM clock; {@code powerLimitW} (may be
     * null) tells a power-capped card from one whose clocks are held down.
     */
    public static Optional<String> check(DeviceFacts f, Double powerLimitW) {
        if (f.smClockMhz() == null || f.smClockMaxMhz() == null || f.smClockMaxMhz() <= 0) {
            return Optional.empty();
        }
        double share = f.smClockMhz() / (double) f.smClockMaxMhz();
        if (share >= THRESHOLD) {
            return Optional.empty();
        }
        boolean capped = powerLimitW != null && f.powerW() != null && f.powerW() >= AT_LIMIT * powerLimitW;
        return Optional.of(String.format(Locale.ROOT,
                "SM clock %d MHz is %.0f%% of its maximum %d MHz during the run (power %s of %s W, %s C): %s",
                f.smClockMhz(), 100 * share, f.smClockMaxMhz(), f.powerW(), powerLimitW, f.temperatureC(),
                capped ? "the card is at its power limit, so its clocks are power-capped"
                        : "the card is below its power limit, so its clocks are held down (throttling, or boost off)"));
    }
}
