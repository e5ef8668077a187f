package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import java.time.Instant;
import java.util.List;

/**
 * One timed repetition as measured: its metrics (combined over the rounds of a time box), the timed
 * interval, the interval this process loaded the card (the timed interval plus the settle before and the fill
 * after it; the timed interval itself without a slot), and the slot it was planned in (null without one).
 */
record Repetition(List<Measurement> measured, Instant started, Instant ended, Instant loadStarted, Instant loadEnded,
                  Instant slotStart, Instant slotEnd, Integer rounds, Double energyJ) {

    /** A repetition measured as soon as the previous one ended, outside any slot. */
    static Repetition unscheduled(List<Measurement> measured, Instant started, Instant ended, Double energyJ) {
        return new Repetition(measured, started, ended, null, null, null, null, null, energyJ);
    }

    /** The card's energy between two readings of its counter, or null where either is missing or it ran back. */
    static Double energy(java.util.Optional<Double> before, java.util.Optional<Double> after) {
        return before.isPresent() && after.isPresent() && after.get() >= before.get() ? after.get() - before.get() : null;
    }
}
