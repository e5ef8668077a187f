package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.command.CommandWorkload;
import io.vgpubench.agent.command.HandedWindow;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.spec.SlotSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures one repetition inside its slot, the same way on every co-runner: from the slot's start the card
 * is loaded with untimed rounds (the settle, so every co-runner is loading before anyone times), then, from the end
 * of the first settle round to end at or after the measuring time, with no break, rounds are timed back to back until
 * the slot's measuring time is over, then untimed rounds keep the card loaded until the slot ends; a timed or filling
 * round is started only where it will end in time, at the pace of the last one ({@link Pacing#TIME_BOXED}). A GPU
 * workload keeps one more round queued behind the one it times, so the card never idles between rounds; the load ends
 * with the card drained. A user's command is timed in one execution, with the same settle and fill around it
 * ({@link Pacing#ONE_ROUND}), and told its window (it may time itself inside it). A command with a start-up time is
 * started at the slot's start, handed its window and left to load the card around it ({@link Pacing#WINDOWED}).
 * Where a command reports the window it measured over, that window is the sample's timed interval and the load it
 * reports around it the process's load (the agent cannot see more of what it did with the card); a window that
 * begins more than {@link CommandWindows#WINDOW_LATE} after the handed measuring time is warned about (its co-runners' load need not
 * cover it: the controller flags what is not covered). A workload that cannot be time-boxed (the memory probe) is measured once at the
 * measuring time and does not fill ({@link Pacing#ONCE}). An agent that reaches its slot after the measuring time began measures at
 * once for the whole measuring time and says how late it was: its sample cannot be fully overlapped, and the
 * controller will flag it rather than mix it with the others.
 */
final class SlottedMeasure {
    private final PreparedWorkload work;
    private final Pacing pacing;
    private final Consumer<AgentEvent> out;
    private final String what;
    /** The card's energy counter in joules, where its driver has one (read around the timed part only). */
    private final java.util.function.Supplier<java.util.Optional<Double>> energy;
    /** One round, a command told its window (null: none). */
    private final CommandWindows.Execution handedRound;
    /** A command's own window: its windowed pacing and the windows it reports. */
    private final CommandWindows windows;
    /** How long the last round took (the warm-up's, before the first slot). */
    private long lastRoundNanos;
    /** The longest round of the repetition so far (the warm-up's before the first): the load's end keeps that margin. */
    private long longestRoundNanos;
    /** Whether the card has co-runners (other tasks, or other instances of the group), whose timed parts this load covers. */
    private final boolean shared;
    /** Whether a load that ran past its slot's end was warned about (once a run). */
    private boolean overranWarned;

    SlottedMeasure(PreparedWorkload work, Pacing pacing, Consumer<AgentEvent> out, String what, boolean shared) {
        this(work, pacing, out, what, shared, java.util.Optional::empty);
    }

    SlottedMeasure(PreparedWorkload work, Pacing pacing, Consumer<AgentEvent> out, String what, boolean shared,
                   java.util.function.Supplier<java.util.Optional<Double>> energy) {
        this.work = work;
        this.pacing = pacing;
        this.shared = shared;
        this.out = out;
        this.what = what;
        this.energy = energy;
        CommandWorkload command = work instanceof CommandWorkload c ? c : null;
        this.handedRound = h -> command != null && h != null ? command.measure(h) : work.measure();
        this.windows = new CommandWindows(pacing, out, what, handedRound, command != null ? command.startupMs() : 0);
    }

    /** @param onTimed called once the timed part begins (to read device facts while it runs) */
    Repetition measure(SlotSchedule.Slot slot, int rep, Runnable onTimed) throws WorkloadException, InterruptedException {
        longestRoundNanos = lastRoundNanos;
        if (pacing == Pacing.WINDOWED) {
            return windows.windowed(slot, rep, onTimed);
        }
        boolean loads = pacing != Pacing.ONCE;
        SlotClock.sleepUntil(loads ? slot.start() : slot.measureFrom());
        Instant loadStarted = Instant.now();
        boolean late = reachedLate(out, what, rep, slot, loadStarted, "measured at once, so its co-runners' load may not"
                + " cover it");
        if (pacing == Pacing.TIME_BOXED) {
            // the settle runs into the timed part without a break: the first timed round is the one that follows the
            // first settle round to end at or after the measuring time (a GPU workload's is queued already), so no
            // co-runner times while this task's stream is empty (when every task drained its settle and idled until
            // the measuring time, whoever began timing first measured more: on the H200 of 2026-12-02, at 2 tasks, a
            // task that began 16 ms before the other measured 2.6% more; start and rate correlated at -0.65 to -1.0)
            while (Instant.now().isBefore(slot.measureFrom())) { // none when late: the measuring time has begun
                round();
            }
        } else {
            // a command's settle executions end before the measuring time (each as long as the last), and its timed
            // execution starts at that time, as it is told; the memory probe (no load) has slept until it already
            while (loads && fitsDrained(slot.measureFrom())) {
                round();
            }
            work.drain();
            SlotClock.sleepUntil(slot.measureFrom());
        }
        Instant timedTo = late ? Instant.now().plus(slot.measure()) : slot.measureTo();
        onTimed.run();
        java.util.Optional<Double> energyBefore = energy.get();
        Instant started = Instant.now();
        List<List<Measurement>> rounds = new ArrayList<>();
        // a command timed as a whole execution is still told its window: one that times itself is warned about (and
        // its samples flagged with co-runners) when its start-up makes it late
        Instant measureAt = late ? started : slot.measureFrom();
        HandedWindow handed = new HandedWindow(measureAt, measureAt, slot.measure(),
                timedTo.isAfter(slot.end()) ? timedTo : slot.end());
        do {
            rounds.add(pacing == Pacing.ONE_ROUND ? round(handed) : round());
        } while (pacing == Pacing.TIME_BOXED && fits(timedTo));
        Instant ended = Instant.now();
        Double energyJ = Repetition.energy(energyBefore, energy.get());
        if (pacing == Pacing.ONE_ROUND && ended.isAfter(timedTo)
                && rounds.get(0).stream().allMatch(m -> m.window() == null)) {
            out.accept(AgentEvent.warning(what + " repetition " + rep + ": its timed execution took "
                    + Duration.between(started, ended).toMillis() + " ms, past the slot's measuring time of "
                    + slot.measure().toMillis() + " ms; give it a longer repetition_time (twice its run time lets the"
                    + " co-runners keep the card loaded until every one has finished)"));
        }
        // keep the card loaded while a co-runner may still be timing, that is to the measuring time's end even where a
        // round of this task is longer than the slot's tail (its last round ends past the slot: on 2 CPU cores a
        // VGG-16 round of 90-130 ms in a 60 ms tail left its co-runner's last timed round unloaded), then while a
        // round fits before the slot's end
        boolean covering = shared && pacing == Pacing.TIME_BOXED && !late;
        while (loads && (covering && Instant.now().isBefore(slot.measureTo()) || fitsDrained(slot.end()))) {
            round();
        }
        work.drain(); // the load ends when the card has run every round
        Instant loadEnded = loads ? Instant.now() : ended;
        Duration tail = Duration.between(slot.measureTo(), slot.end());
        if (covering && loadEnded.isAfter(slot.end()) && longestRoundNanos > tail.toNanos() && !overranWarned) {
            overranWarned = true; // (a round a little slower than the rest that ends past the slot is not worth a word)
            out.accept(AgentEvent.warning(what + " repetition " + rep + ": its rounds (up to "
                    + longestRoundNanos / 1_000_000 + " ms) are longer than the slot's " + tail.toMillis() + " ms after the"
                    + " measuring time, so its load ran " + Duration.between(slot.end(), loadEnded).toMillis() + " ms past"
                    + " the slot to cover its co-runners' timed rounds (a next slot reached late is flagged); give it a"
                    + " repetition_time of at least " + atLeastMs(longestRoundNanos) + " ms, or smaller rounds"));
        }
        List<Measurement> measured = Combine.rounds(rounds);
        Repetition r = new Repetition(measured, started, ended, loads ? loadStarted : started, loadEnded,
                slot.start(), slot.end(), rounds.size(), energyJ);
        return windows.own(r, handed, rep);
    }

    /**
     * Whether {@code reached} is after the slot's measuring time began (a late slot), warning so with what that means
     * for the repetition.
     */
    static boolean reachedLate(Consumer<AgentEvent> out, String what, int rep, SlotSchedule.Slot slot, Instant reached,
                               String consequence) {
        Duration late = Duration.between(slot.measureFrom(), reached);
        if (late.isNegative() || late.isZero()) {
            return false;
        }
        out.accept(AgentEvent.warning(what + " repetition " + rep + ": reached its slot " + late.toMillis()
                + " ms after the slot's measuring time began (a late slot); " + consequence));
        return true;
    }

    /** The measuring time whose slot's tail (three tenths of it) holds a round this long, rounded up to 100 ms. */
    static long atLeastMs(long roundNanos) {
        return (roundNanos * 10 / 3 / 1_000_000 / 100 + 1) * 100;
    }

    /** One round of the workload, timed on the wall clock for {@link #fits}. */
    private List<Measurement> round() throws WorkloadException {
        return round(null);
    }

    /** One round; a command is told {@code handed}, its window (null: none). */
    private List<Measurement> round(HandedWindow handed) throws WorkloadException {
        long t0 = System.nanoTime();
        List<Measurement> m = handedRound.run(handed);
        lastRoundNanos = System.nanoTime() - t0;
        longestRoundNanos = Math.max(longestRoundNanos, lastRoundNanos);
        return m;
    }

    /** Whether one more round, as long as the last, ends before {@code by} (a timed round: what it leaves queued is load). */
    private boolean fits(Instant by) {
        return Instant.now().plusNanos(lastRoundNanos).isBefore(by);
    }

    /** Whether one more round and the rounds it leaves queued on the card ({@link PreparedWorkload#queuedAhead()}) end before {@code by}. */
    private boolean fitsDrained(Instant by) {
        long round = Math.max(lastRoundNanos, longestRoundNanos) + lastRoundNanos / 10; // rounds vary (a process's start)
        return Instant.now().plusNanos(round * (1 + work.queuedAhead())).isBefore(by);
    }
}
