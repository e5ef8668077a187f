package io.vgpubench.model;

import java.util.List;

/**
 * {@code require: {licensed: true, throttle: none}}: what a sample's device facts must say for the sample to count.
 * {@code licensed}: a vGPU must not report itself unlicensed; {@code noThrottle}: the card must not have been slowing
 * its clocks for anything but its power cap. A sample that fails is refused: kept in samples.jsonl, left out of
 * every figure, and a failure of the campaign that names the instance and why.
 */
@com.fasterxml.jackson.databind.annotation.JsonNaming(
        com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Requirements(boolean licensed, boolean noThrottle) {
    public static final Requirements NONE = new Requirements(false, false);

    public boolean any() {
        return licensed || noThrottle;
    }

    /** What a sample with these device facts breaks ("require.licensed: ...", "require.throttle none: ..."), or empty. */
    public List<String> broken(io.vgpubench.contract.event.DeviceFacts facts) {
        List<String> why = new java.util.ArrayList<>();
        if (facts == null) {
            return why;
        }
        if (licensed && facts.unlicensed()) {
            why.add("require.licensed: the vGPU reported " + facts.licenseStatus());
        }
        if (noThrottle && !facts.slowdowns().isEmpty()) {
            why.add("require.throttle none: clocks slowed for " + String.join(", ", facts.slowdowns()));
        }
        return why;
    }
}
