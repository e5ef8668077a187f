package io.vgpubench.agent.backend;

import java.util.List;

/**
 * A workload with its inputs in place. The runner calls {@link #measure()} for the warm-up
 * repetitions (discarded) and then for each timed repetition, and {@link #verify()} once after
 * the warm-up, on fresh random inputs, before any sample is written.
 */
public interface PreparedWorkload extends AutoCloseable {

    /** One repetition: times the work (device events on a GPU) and returns its metrics. */
    List<Measurement> measure() throws WorkloadException;

    /** Checks the result against a reference; a failed check is an error, never a sample. */
    Verification verify() throws WorkloadException;

    /** Frees what {@code prepare} allocated. */
    @Override
    void close();
}
