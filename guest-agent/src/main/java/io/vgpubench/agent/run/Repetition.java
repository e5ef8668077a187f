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
                  Instant slotStart, Instant slotEnd, Integer rounds) {

    /** A repetition measured as soon as the previous one ended, outside any slot. */
    static Repetition unscheduled(List<Measurement> measured, Instant started, Instant ended) {
        return new Repetition(measured, started, ended, null, null, null, null, null);
    }
}
