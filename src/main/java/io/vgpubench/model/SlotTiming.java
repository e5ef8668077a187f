package io.vgpubench.model;

import java.time.Duration;

/**
 * How long the common slots of co-runners are: {@code measure} is the timed part of one repetition (it runs
 * back to back for that long and counts what it completed), {@code prepare} the window before each run's
 * first slot for allocating, uploading, verifying and warming up. Playbook keys {@code repetition_time} and
 * {@code prepare_time}; the defaults fit a GPU (2 s timed, 8 s to prepare) or, on the CPU backend, small
 * quick workloads (250 ms, 1 s).
 */
public record SlotTiming(Duration measure, Duration prepare) {
    public static SlotTiming defaults(String backend) {
        return "cpu".equals(backend) ? new SlotTiming(Duration.ofMillis(250), Duration.ofSeconds(1))
                : new SlotTiming(Duration.ofSeconds(2), Duration.ofSeconds(8));
    }
}
