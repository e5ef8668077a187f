package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.WorkloadException;
import java.util.Locale;

/**
 * Accounts for the agent's device allocations against the memory cap (a fraction of the memory the
 * device reports, like the study's Listing 1) and refuses, with a message a person can act on, any
 * allocation that would exceed it.
 */
public final class MemoryBudget {
    private final long reportedTotal;
    private final double fraction;
    private long used;

    public MemoryBudget(long reportedTotal, double fraction) {
        this.reportedTotal = reportedTotal;
        this.fraction = fraction;
    }

    public long capBytes() {
        return (long) Math.floor(reportedTotal * fraction);
    }

    public synchronized long used() {
        return used;
    }

    public synchronized long available() {
        return Math.max(0, capBytes() - used);
    }

    /** Reserves {@code bytes} for {@code what}, or refuses when the cap would be exceeded. */
    public synchronized void reserve(long bytes, String what) throws WorkloadException {
        check(bytes, what);
        used += bytes;
    }

    /** Refuses, before anything is allocated, a workload whose total need exceeds what the cap leaves. */
    public synchronized void check(long bytes, String what) throws WorkloadException {
        if (bytes < 0 || bytes > available()) {
            throw new WorkloadException(String.format(Locale.ROOT,
                    "%s needs %s of device memory but the memory cap leaves %s (memory_fraction %.3f of %s reported,"
                            + " %s already in use); choose a smaller size or raise memory_fraction",
                    what, gib(bytes), gib(available()), fraction, gib(reportedTotal), gib(used)));
        }
    }

    public synchronized void release(long bytes) {
        used = Math.max(0, used - bytes);
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
    }
}
