package io.vgpubench.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;

/**
 * Makes the instances of one group start each batch together (the study's shared-GPU rows: two VMs
 * on one card, each running a task, at the same time), in two meetings per batch. First every member
 * arrives with its agent deployed ({@link #awaitAll}), so no agent holds a card's memory while another
 * member still boots; then every member arrives once its agents are ready, and each gets the same start
 * instant a little in the future ({@link #awaitStart}): twice the slowest member's measured command
 * round trip (between {@link #MIN_LEAD} and {@link #MAX_LEAD}), time for every member to deliver its
 * start signal. A member that fails leaves the group, so the others are not held.
 */
final class StartGate {
    static final Duration MIN_LEAD = Duration.ofMillis(50);
    static final Duration MAX_LEAD = Duration.ofSeconds(10);
    private final Phaser phaser;
    private final Map<Integer, Duration> slowest = new ConcurrentHashMap<>();
    private final Map<Integer, Instant> starts = new ConcurrentHashMap<>();

    StartGate(int members) {
        this.phaser = new Phaser(members);
    }

    /** Waits until every member has arrived (the batch's first meeting: all deployed, none started). */
    void awaitAll() {
        phaser.arriveAndAwaitAdvance();
    }

    /**
     * Waits for the whole group and returns the common start of this phase; {@code commandTime} is how
     * long one command to this member's host took (its agent start), which its start signal will take too.
     */
    Instant awaitStart(Duration commandTime) {
        // the phase cannot advance before this member arrives, so it is this member's phase; (the phase
        // arriveAndAwaitAdvance returns is the next one)
        int phase = phaser.getPhase();
        slowest.merge(phase, commandTime, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        phaser.arriveAndAwaitAdvance();
        return starts.computeIfAbsent(phase, p -> Instant.now().plus(lead(slowest.getOrDefault(p, Duration.ZERO))));
    }

    static Duration lead(Duration slowestCommand) {
        Duration lead = slowestCommand.multipliedBy(2);
        return lead.compareTo(MIN_LEAD) < 0 ? MIN_LEAD : lead.compareTo(MAX_LEAD) > 0 ? MAX_LEAD : lead;
    }

    /** The members still in the group (those that failed or were never provisioned have left). */
    int members() {
        return phaser.getRegisteredParties();
    }

    /** A member that failed or finished leaves the group. */
    void leave() {
        phaser.arriveAndDeregister();
    }
}
