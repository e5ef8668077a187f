package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.spec.SlotSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures one repetition inside its slot, the same way on every co-runner: from the slot's start the card
 * is loaded with untimed rounds (the settle, so every co-runner is loading before anyone times), then rounds
 * are timed back to back until the slot's measuring time is over, then untimed rounds keep the card loaded
 * until the slot ends. A workload that cannot be time-boxed (the memory probe) is measured once at the
 * measuring time and does not fill. An agent that reaches its slot after the measuring time began measures at
 * once for the whole measuring time and says how late it was: its sample cannot be fully overlapped, and the
 * controller will flag it rather than mix it with the others.
 */
final class SlottedMeasure {
    private final PreparedWorkload work;
    private final boolean timeBoxed;
    private final Consumer<AgentEvent> out;
    private final String what;

    SlottedMeasure(PreparedWorkload work, boolean timeBoxed, Consumer<AgentEvent> out, String what) {
        this.work = work;
        this.timeBoxed = timeBoxed;
        this.out = out;
        this.what = what;
    }

    /** @param onTimed called once the timed part begins (to read device facts while it runs) */
    Repetition measure(SlotSchedule.Slot slot, int rep, Runnable onTimed) throws WorkloadException, InterruptedException {
        SlotClock.sleepUntil(timeBoxed ? slot.start() : slot.measureFrom());
        Instant loadStarted = Instant.now();
        Duration late = Duration.between(slot.measureFrom(), loadStarted);
        if (!late.isNegative() && !late.isZero()) {
            out.accept(AgentEvent.warning(what + " repetition " + rep + ": reached its slot " + late.toMillis()
                    + " ms after the slot's measuring time began (a late slot); measured at once, so its co-runners'"
                    + " load may not cover it"));
        }
        while (timeBoxed && SlotClock.before(slot.measureFrom())) {
            work.measure();
        }
        Instant timedTo = late.isNegative() || late.isZero() ? slot.measureTo() : Instant.now().plus(slot.measure());
        onTimed.run();
        Instant started = Instant.now();
        List<List<Measurement>> rounds = new ArrayList<>();
        do {
            rounds.add(work.measure());
        } while (timeBoxed && SlotClock.before(timedTo));
        Instant ended = Instant.now();
        while (timeBoxed && SlotClock.before(slot.end())) {
            work.measure();
        }
        Instant loadEnded = timeBoxed ? Instant.now() : ended;
        return new Repetition(Combine.rounds(rounds), started, ended, timeBoxed ? loadStarted : started, loadEnded,
                slot.start(), slot.end(), rounds.size());
    }
}
