package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.WorkloadException;

/** A workload's timed rounds on its device's stream ({@link Rounds} over an {@link EventQueue}). */
final class DeviceRounds implements AutoCloseable {
    private final CudaDevice device;
    private final EventQueue queue;
    private final Rounds rounds;

    DeviceRounds(CudaDevice device) {
        this.device = device;
        this.queue = new EventQueue(device);
        this.rounds = new Rounds(queue);
    }

    /** Milliseconds one round of {@code times} back-to-back runs of {@code op} took; one more round is left queued. */
    double ms(Runnable op, int times) {
        return rounds.nextMs(() -> {
            for (int i = 0; i < times; i++) {
                op.run();
            }
        });
    }

    /** Rounds left queued behind the last one timed: 1 while one is, else 0. */
    int queuedAhead() {
        return rounds.pending() ? 1 : 0;
    }

    /** Waits for the round left queued; a failed CUDA call becomes {@code what}'s workload error. */
    void drain(String what) throws WorkloadException {
        Cu.guarded(what, () -> {
            device.makeCurrent();
            rounds.drain();
            return null;
        });
    }

    @Override
    public void close() {
        device.makeCurrent();
        try {
            rounds.drain();
        } finally {
            queue.close();
        }
    }

    /** Closes these rounds, then {@code buffers} (no round may still use them). */
    void closeWith(BufferSet buffers) {
        try {
            close();
        } finally {
            buffers.close();
        }
    }
}
