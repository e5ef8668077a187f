package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.command.HandedWindow;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.spec.SlotSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A user's command and its own window in a slot ({@link SlottedMeasure}'s part for commands): the windowed pacing
 * (started at the slot's start, handed its window, loading the card around it) and, for any command, the window and
 * load it reports, which become the repetition's timed interval and load.
 */
final class CommandWindows {
    /** How late a command's own window may begin after the handed measuring time without a warning. */
    static final Duration WINDOW_LATE = Duration.ofMillis(100);
    /** How long a command started at its slot's start may run past the slot's end without a warning (its exit: a
     * CUDA context takes a while to go). */
    static final Duration OVERRUN = Duration.ofSeconds(2);

    /** One execution of the command, told its window. */
    @FunctionalInterface
    interface Execution {
        List<Measurement> run(HandedWindow handed) throws WorkloadException;
    }

    private final Pacing pacing;
    private final Consumer<AgentEvent> out;
    private final String what;
    private final Execution execution;
    private final long startupMs;

    CommandWindows(Pacing pacing, Consumer<AgentEvent> out, String what, Execution execution, long startupMs) {
        this.pacing = pacing;
        this.out = out;
        this.what = what;
        this.execution = execution;
        this.startupMs = startupMs;
    }

    /**
     * A command started at its slot's start, handed its window, loading the card around it: one execution, no settle
     * or fill. The device facts are read at the handed measuring time, while it runs; no energy figure (the agent
     * cannot read the card's counter around a window it does not time itself).
     */
    Repetition windowed(SlotSchedule.Slot slot, int rep, Runnable onTimed) throws WorkloadException, InterruptedException {
        SlotClock.sleepUntil(slot.start());
        Instant started = Instant.now();
        SlottedMeasure.reachedLate(out, what, rep, slot, started, "its window has begun already, so its co-runners'"
                + " load may not cover it");
        Instant loadFrom = slot.start().plusMillis(startupMs);
        HandedWindow handed = new HandedWindow(loadFrom.isAfter(slot.measureFrom()) ? slot.measureFrom() : loadFrom,
                slot.measureFrom(), slot.measure(), slot.end());
        java.util.concurrent.atomic.AtomicBoolean factsRead = new java.util.concurrent.atomic.AtomicBoolean();
        Thread facts = new Thread(() -> {
            try {
                SlotClock.sleepUntil(slot.measureFrom());
            } catch (InterruptedException e) {
                return; // the execution ended first: read them now
            }
            factsRead.set(true);
            onTimed.run();
        }, "facts-at-window");
        facts.setDaemon(true);
        facts.start();
        List<Measurement> measured;
        try {
            measured = execution.run(handed);
        } finally {
            facts.interrupt();
            facts.join();
        }
        if (!factsRead.get()) {
            onTimed.run();
        }
        Instant ended = Instant.now();
        if (ended.isAfter(slot.end().plus(OVERRUN))) {
            out.accept(AgentEvent.warning(what + " repetition " + rep + ": its execution ended "
                    + Duration.between(slot.end(), ended).toMillis() + " ms after its slot (VGPUBENCH_LOAD_UNTIL); the next"
                    + " repetition's start-up is that much shorter"));
        }
        if (measured.stream().allMatch(m -> m.window() == null)) {
            out.accept(AgentEvent.warning(what + " repetition " + rep + ": it has a start-up time but reported no window"
                    + " (\"started\", \"ended\"); its timed interval is the whole execution, start-up included"));
        }
        Repetition r = new Repetition(measured, started, ended, started, ended, slot.start(), slot.end(), 1, null);
        return own(r, handed, rep);
    }

    /**
     * The repetition with the load its command reported where it reported windows (from the earliest load start to
     * the latest load end of its metrics), warning about a window that began late; unchanged otherwise.
     */
    Repetition own(Repetition r, HandedWindow handed, int rep) {
        Instant loadFrom = null;
        Instant loadTo = null;
        boolean warned = false;
        for (Measurement m : r.measured()) {
            Measurement.Window w = m.window();
            if (w == null) {
                continue;
            }
            loadFrom = loadFrom == null || w.loadStarted().isBefore(loadFrom) ? w.loadStarted() : loadFrom;
            loadTo = loadTo == null || w.loadEnded().isAfter(loadTo) ? w.loadEnded() : loadTo;
            Duration late = Duration.between(handed.measureAt(), w.started());
            if (!warned && late.compareTo(WINDOW_LATE) > 0) {
                warned = true; // once a repetition: its metrics usually share one window
                out.accept(AgentEvent.warning(what + " repetition " + rep + ": " + m.metric() + " was measured from "
                        + late.toMillis() + " ms after VGPUBENCH_MEASURE_AT" + (pacing == Pacing.WINDOWED
                        ? " (its start-up took longer than the command's startup allows?)"
                        : " (give the command a startup time, so its execution starts before the window)")
                        + "; its co-runners' load may not cover it, and the controller flags a sample that is not covered"));
            }
        }
        if (loadFrom == null) {
            return r;
        }
        return new Repetition(r.measured(), r.started(), r.ended(), loadFrom, loadTo, r.slotStart(), r.slotEnd(),
                r.rounds(), r.energyJ());
    }
}
