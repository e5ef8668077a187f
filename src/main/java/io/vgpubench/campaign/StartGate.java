package io.vgpubench.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;

/**
 * Makes the instances of one group start each batch together (the study's shared-GPU rows: two VMs
 * on one card, each running a task, at the same time). Every member arrives; once all have, each
 * gets the same start instant a little in the future, which the agents wait for. A member that
 * fails leaves the group, so the others are not held.
 */
final class StartGate {
    private final Phaser phaser;
    private final Duration lead;
    private final Map<Integer, Instant> starts = new ConcurrentHashMap<>();

    StartGate(int members, Duration lead) {
        this.phaser = new Phaser(members);
        this.lead = lead;
    }

    /** Waits for the whole group and returns the common start of this phase. */
    Instant awaitStart() {
        int phase = phaser.arriveAndAwaitAdvance();
        return starts.computeIfAbsent(phase, p -> Instant.now().plus(lead));
    }

    /** A member that failed or finished leaves the group. */
    void leave() {
        phaser.arriveAndDeregister();
    }
}
