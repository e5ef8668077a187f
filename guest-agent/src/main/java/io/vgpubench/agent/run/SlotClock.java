package io.vgpubench.agent.run;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Waits until an instant of the wall clock (the clock a group's agents share through the controller's start). */
final class SlotClock {
    private SlotClock() {}

    static void sleepUntil(Instant at) throws InterruptedException {
        long nanos = Duration.between(Instant.now(), at).toNanos();
        while (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
            nanos = Duration.between(Instant.now(), at).toNanos();
        }
    }

    static boolean before(Instant at) {
        return Instant.now().isBefore(at);
    }
}
