package io.vgpubench.agent.gpu;

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

    void drain() {
        device.makeCurrent();
        rounds.drain();
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
}
