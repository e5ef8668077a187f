package io.vgpubench.agent.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The CPU backend's thread pool, one thread a core: runs a batch of tasks and waits for all. An
 * interrupted caller (a run over its time limit) cancels the batch; tasks check for it between blocks.
 */
final class Parallel implements AutoCloseable {
    /** A tile of a row-major m×n result: rows [i0, i1), columns [j0, j1). */
    interface TileOp {
        void run(int i0, int i1, int j0, int j1);
    }

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "vgpu-agent-cpu");
        t.setDaemon(true);
        return t;
    });

    int threads() {
        return threads;
    }

    void run(List<Runnable> tasks) throws InterruptedException {
        List<Callable<Void>> calls = tasks.stream().map(t -> (Callable<Void>) () -> {
            t.run();
            return null;
        }).toList();
        for (Future<Void> f : pool.invokeAll(calls)) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Runs {@code op} on every rows×cols tile of an m×n result. */
    void tiles(int m, int n, int rows, int cols, TileOp op) throws InterruptedException {
        List<Runnable> tasks = new ArrayList<>();
        for (int i0 = 0; i0 < m; i0 += rows) {
            for (int j0 = 0; j0 < n; j0 += cols) {
                int i = i0;
                int j = j0;
                tasks.add(() -> op.run(i, Math.min(m, i + rows), j, Math.min(n, j + cols)));
            }
        }
        run(tasks);
    }

    static void checkInterrupt() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("interrupted");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
