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
import java.util.stream.Collectors;

/**
 * Tells a person how the campaign goes: a line per stage change, and a counter: runs done of total,
 * how many instances are at each stage, elapsed time and ETA. At a terminal ({@code live}) the counter is
 * one line rewritten in place after every run and stage change; elsewhere (a log file, CI) it is a plain
 * line at most every few seconds.
 */
final class Progress {
    private final PrintWriter out;
    private final Instant started = Instant.now();
    private final AtomicInteger totalRuns;
    private final AtomicInteger doneRuns = new AtomicInteger();
    /** Each instance's stage, by the first word of what {@link #stage} was told ("running", "failed", ...). */
    private final Map<String, String> stages = new ConcurrentHashMap<>();
    private static final List<String> ORDER = Arrays.stream(InstanceState.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    private static final Duration EVERY = Duration.ofSeconds(3);
    private Instant lastReport = Instant.EPOCH;
    private final boolean live;
    private boolean counterShown;

    Progress(PrintWriter out, int totalRuns, boolean live) {
        this.out = out;
        this.totalRuns = new AtomicInteger(totalRuns);
        this.live = live;
    }

    void stage(String instance, String stage) {
        stages.put(instance, stage.split("[: ]", 2)[0]);
        say(instance + ": " + stage);
        if (live) {
            show(counter(doneRuns.get()));
        }
    }

    /** Adds the runs of an adaptive round to the total. */
    void more(int runs) {
        totalRuns.addAndGet(runs);
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
        Duration elapsed = Duration.between(started, Instant.now());
        int total = totalRuns.get();
        String eta = done == 0 ? "?" : format(elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(done));
        return String.format("runs %d/%d, instances: %s; elapsed %s, ETA %s", done, total, stageCounts(),
                format(elapsed), eta);
    }

    private void show(String counter) {
        synchronized (out) {
            out.print("\r\033[2K" + counter);
            out.flush();
            counterShown = true;
        }
    }

    /** Counts finished runs; says so at most every few seconds, and always for the last one. */
    void runsDone(int runs) {
        int done = doneRuns.addAndGet(runs);
        Instant now = Instant.now();
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
            out.printf("[%s] %s%n", format(Duration.between(started, Instant.now())), line);
            out.flush();
        }
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
