package io.vgpubench.campaign;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import io.vgpubench.cloud.InstanceState;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Tells a person how the campaign goes: a line per stage change, and a counter: runs done of total,
 * how many instances are at each stage, elapsed time and ETA. At a terminal ({@code live}) the counter is
 * one line rewritten in place after every run and stage change; elsewhere (a log file, CI) it is a plain
 * line at most every few seconds.
 *
 * <p>The ETA is reckoned in slots, not runs: the tasks of a batch run each run together in one slot, so a run
 * of a 4-task batch takes the time of one of a 1-task batch and counts a quarter as much of the work left
 * (counted in runs, a sweep of 1, 2 and 4 tasks was told 7 minutes left of a 3-minute campaign).
 */
final class Progress {
    /** Runs still to do, and the slots they take on one instance (a run of an n-task batch: 1/n of a slot). */
    record Remaining(int runs, double slots) {
        static final Remaining NONE = new Remaining(0, 0);

        /** The runs of one batch of this many tasks on one instance, each run in every task. */
        static Remaining batch(int tasks, int runsPerTask) {
            return new Remaining(tasks * runsPerTask, runsPerTask);
        }

        Remaining plus(Remaining other) {
            return new Remaining(runs + other.runs, slots + other.slots);
        }
    }

    private final PrintWriter out;
    private final Supplier<Instant> clock;
    private final Instant started;
    private final AtomicInteger totalRuns;
    private final AtomicInteger doneRuns = new AtomicInteger();
    /** Slots of work in all and done, in millionths of a slot (a run of a 3-task batch is a third of one). */
    private final AtomicLong totalSlots;
    private final AtomicLong doneSlots = new AtomicLong();
    /** Each instance's stage, by the first word of what {@link #stage} was told ("running", "failed", ...). */
    private final Map<String, String> stages = new ConcurrentHashMap<>();
    private static final List<String> ORDER = Arrays.stream(InstanceState.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    private static final Duration EVERY = Duration.ofSeconds(3);
    private Instant lastReport = Instant.EPOCH;
    private final boolean live;
    private boolean counterShown;

    Progress(PrintWriter out, Remaining total, boolean live) {
        this(out, total, live, Instant::now);
    }

    Progress(PrintWriter out, Remaining total, boolean live, Supplier<Instant> clock) {
        this.out = out;
        this.clock = clock;
        this.started = clock.get();
        this.totalRuns = new AtomicInteger(total.runs());
        this.totalSlots = new AtomicLong(micro(total.slots()));
        this.live = live;
    }

    private static long micro(double slots) {
        return Math.round(slots * 1_000_000);
    }

    void stage(String instance, String stage) {
        stages.put(instance, stage.split("[: ]", 2)[0]);
        say(instance + ": " + stage);
        if (live) {
            show(counter(doneRuns.get()));
        }
    }

    /** Adds the runs of an adaptive round to the total. */
    void more(Remaining runs) {
        totalRuns.addAndGet(runs.runs());
        totalSlots.addAndGet(micro(runs.slots()));
    }

    /** Counts these instances as requested (one line says how many were, not one line each). */
    void requested(List<String> instances) {
        instances.forEach(i -> stages.put(i, InstanceState.REQUESTED.name().toLowerCase(Locale.ROOT)));
    }

    /** "3 building, 100 running, 20 collected": the instances at each stage, in the order of the stages. */
    String stageCounts() {
        Map<String, Long> counts = new TreeMap<>(Comparator.comparingInt((String s) -> ORDER.contains(s)
                ? ORDER.indexOf(s) : ORDER.size()).thenComparing(Comparator.naturalOrder()));
        stages.values().forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts.isEmpty() ? "none yet" : counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private String counter(int done) {
        Duration elapsed = Duration.between(started, clock.get());
        long slotsDone = doneSlots.get();
        String eta = slotsDone == 0 ? "?"
                : format(elapsed.multipliedBy(Math.max(0, totalSlots.get() - slotsDone)).dividedBy(slotsDone));
        return String.format("runs %d/%d, instances: %s; elapsed %s, ETA %s", done, totalRuns.get(), stageCounts(),
                format(elapsed), eta);
    }

    private void show(String counter) {
        synchronized (out) {
            out.print("\r\033[2K" + counter);
            out.flush();
            counterShown = true;
        }
    }

    /**
     * Counts finished runs of a batch of this many tasks; says so at most every few seconds, and always for the
     * last one.
     */
    void runsDone(int runs, int tasks) {
        doneSlots.addAndGet(micro((double) runs / tasks));
        int done = doneRuns.addAndGet(runs);
        Instant now = clock.get();
        synchronized (this) {
            if (!live && done < totalRuns.get() && Duration.between(lastReport, now).compareTo(EVERY) < 0) {
                return;
            }
            lastReport = now;
        }
        String counter = counter(done);
        if (!live) {
            say(counter);
            return;
        }
        show(counter);
    }

    void say(String line) {
        synchronized (out) {
            if (counterShown) {
                out.print("\r\033[2K");
                counterShown = false;
            }
            out.printf("[%s] %s%n", format(Duration.between(started, clock.get())), line);
            out.flush();
        }
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
