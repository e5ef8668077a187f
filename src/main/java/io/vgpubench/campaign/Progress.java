package io.vgpubench.campaign;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells a person how the campaign goes: a line per stage change, and after each finished run
 * "runs done of total, instances active, ETA". Plain lines (no cursor tricks), so it reads the
 * same in a terminal, a log file and CI.
 */
final class Progress {
    private final PrintWriter out;
    private final Instant started = Instant.now();
    private final int totalRuns;
    private final AtomicInteger doneRuns = new AtomicInteger();
    private final AtomicInteger activeInstances = new AtomicInteger();
    private static final Duration EVERY = Duration.ofSeconds(3);
    private Instant lastReport = Instant.EPOCH;

    Progress(PrintWriter out, int totalRuns) {
        this.out = out;
        this.totalRuns = totalRuns;
    }

    void stage(String instance, String stage) {
        say(instance + ": " + stage);
    }

    void instanceActive(boolean active) {
        activeInstances.addAndGet(active ? 1 : -1);
    }

    /** Counts finished runs; says so at most every few seconds, and always for the last one. */
    void runsDone(int runs) {
        int done = doneRuns.addAndGet(runs);
        Instant now = Instant.now();
        synchronized (this) {
            if (done < totalRuns && Duration.between(lastReport, now).compareTo(EVERY) < 0) {
                return;
            }
            lastReport = now;
        }
        Duration elapsed = Duration.between(started, Instant.now());
        String eta = done == 0 ? "?" : format(elapsed.multipliedBy(totalRuns - done).dividedBy(done));
        say(String.format("runs %d/%d, instances active %d, elapsed %s, ETA %s", done, totalRuns,
                activeInstances.get(), format(elapsed), eta));
    }

    void say(String line) {
        synchronized (out) {
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
