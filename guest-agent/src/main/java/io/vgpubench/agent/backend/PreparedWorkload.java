package io.vgpubench.agent.backend;

import java.util.List;

/**
 * A workload with its inputs in place. The runner calls {@link #measure()} for the warm-up
 * repetitions (discarded) and then for each timed repetition, and {@link #verify()} once after
 * the warm-up, on fresh random inputs, before any sample is written.
 */
public interface PreparedWorkload extends AutoCloseable {

    /**
     * One round: times the work and returns its metrics. A GPU workload leaves one more round queued on the card
     * when it returns, so back-to-back rounds never leave the card idle between them ({@link #queuedAhead()}).
     */
    List<Measurement> measure() throws WorkloadException;

    /** Rounds that {@link #measure()} left queued on the card, still to run: 0 unless the workload queues ahead. */
    default int queuedAhead() {
        return 0;
    }

    /** Waits until no round is left queued on the card; the next {@link #measure()} starts afresh. */
    default void drain() throws WorkloadException {}

    /** Checks the result against a reference; a failed check is an error, never a sample. */
    Verification verify() throws WorkloadException;

    /** Frees what {@code prepare} allocated. */
    @Override
    void close();
}
