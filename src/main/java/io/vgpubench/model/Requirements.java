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

    /** What a sample with these facts breaks ("unlicensed vGPU (...)", "clocks slowed for ..."), or empty. */
    public List<String> broken(boolean unlicensed, String licenseStatus, List<String> slowdowns) {
        List<String> why = new java.util.ArrayList<>();
        if (licensed && unlicensed) {
            why.add("require.licensed: the vGPU reported " + licenseStatus);
        }
        if (noThrottle && !slowdowns.isEmpty()) {
            why.add("require.throttle none: clocks slowed for " + String.join(", ", slowdowns));
        }
        return why;
    }
}
