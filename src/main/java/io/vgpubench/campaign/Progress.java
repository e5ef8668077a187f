package io.vgpubench.campaign;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells a person how the campaign goes: a line per stage change, and "runs done of total, instances
 * active, ETA". At a terminal ({@code live}) the counter is one line rewritten in place after every
 * run; elsewhere (a log file, CI) it is a plain line at most every few seconds.
 */
final class Progress {
    private final PrintWriter out;
    private final Instant started = Instant.now();
    private final int totalRuns;
    private final AtomicInteger doneRuns = new AtomicInteger();
    private final AtomicInteger activeInstances = new AtomicInteger();
    private static final Duration EVERY = Duration.ofSeconds(3);
    private Instant lastReport = Instant.EPOCH;
    private final boolean live;
    private boolean counterShown;

    Progress(PrintWriter out, int totalRuns, boolean live) {
        this.out = out;
        this.totalRuns = totalRuns;
        this.live = live;
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
            if (!live && done < totalRuns && Duration.between(lastReport, now).compareTo(EVERY) < 0) {
                return;
            }
            lastReport = now;
        }
        Duration elapsed = Duration.between(started, Instant.now());
        String eta = done == 0 ? "?" : format(elapsed.multipliedBy(totalRuns - done).dividedBy(done));
        String counter = String.format("runs %d/%d, instances active %d, elapsed %s, ETA %s", done, totalRuns,
                activeInstances.get(), format(elapsed), eta);
        if (!live) {
            say(counter);
            return;
        }
        synchronized (out) {
            out.print("\r\033[2K" + counter);
            out.flush();
            counterShown = true;
        }
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
