package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.WorkloadException;

/** Turns an interrupted CPU computation (its run went over its time limit) into a workload error. */
final class Interrupts {
    interface Work {
        void run() throws InterruptedException;
    }

    interface Result<T> {
        T call() throws InterruptedException;
    }

    private Interrupts() {}

    static void run(Work work) throws WorkloadException {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T call(Result<T> work) throws WorkloadException {
        try {
            return work.call();
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException("interrupted (the run was stopped)");
        }
    }
}
