package io.vgpubench.agent.gpu;

/**
 * Back-to-back rounds of one workload, timed on the host clock with the next round always queued behind the one
 * being waited for, so the stream never runs dry between rounds. A time-sliced card gives an idle context's time to
 * its co-runners until the context's next slice: rounds that each end on an empty stream lose that wait once a
 * round, and a task of short rounds lost more than a task of long ones (on the H200 of 2026-12-02, two tasks of bf16
 * GEMM whose rounds were calibrated to 47 and 120 ms got 303 and 313 TFLOP/s in the same slots). A round's time runs
 * from the later of its enqueue and the previous round's end to its own end, each end seen by a host waiting for it.
 * After a round is timed one more is left queued: {@link #drain()} waits for it.
 */
final class Rounds {
    /** Where rounds are enqueued, in order. */
    interface Queue {
        /** Enqueues the round and returns the mark reached when it has run. */
        Mark enqueue(Runnable round);
    }

    /** The point in a queue after one round. */
    interface Mark {
        /** Whether the round has run (without waiting). */
        boolean reached();

        /** Waits until the round has run. */
        void await();
    }

    private final Queue queue;
    /** The round queued behind the last one timed, not yet seen to end; null when none is. */
    private Mark queued;
    private long queuedAtNanos;
    /** When the round before {@link #queued} was seen to end. */
    private long lastEndNanos;

    Rounds(Queue queue) {
        this.queue = queue;
    }

    /** Runs one round on the queue and returns its time in milliseconds, leaving one more round queued. */
    double nextMs(Runnable round) {
        if (queued != null && queued.reached()) {
            queued = null; // the queue ran dry since: that round's end was not seen, and no round is waited for
        }
        long at = System.nanoTime();
        Mark mark = queue.enqueue(round);
        if (queued == null) {
            long behindAt = System.nanoTime();
            Mark behind = queue.enqueue(round);
            mark.await();
            long end = System.nanoTime();
            keep(behind, behindAt, end);
            return (end - at) / 1e6;
        }
        queued.await();
        long end = System.nanoTime();
        double ms = (end - Math.max(lastEndNanos, queuedAtNanos)) / 1e6;
        keep(mark, at, end);
        return ms;
    }

    /** Whether a round is left queued behind the last one timed. */
    boolean pending() {
        return queued != null && !queued.reached();
    }

    /** Waits for the round left queued, if any; the next round starts afresh. */
    void drain() {
        if (queued != null) {
            queued.await();
            queued = null;
        }
    }

    private void keep(Mark mark, long at, long lastEnd) {
        queued = mark;
        queuedAtNanos = at;
        lastEndNanos = lastEnd;
    }
}
