package io.vgpubench.agent.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the bodies of one pass at once, one daemon thread each (so one host thread per card), under the
 * run's time limit. At the limit the gate shuts, so a body still busy can write nothing more, and it is
 * abandoned; the bodies that finished keep their outcomes.
 */
final class Pass {
    private Pass() {}

    static List<RunOutcome> run(List<RunBody> bodies, Gate gate, int limitSeconds) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(bodies.size(), r -> {
            Thread t = new Thread(r, "vgpu-agent-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunOutcome>> futures = new ArrayList<>();
            bodies.forEach(b -> futures.add(threads.submit(b)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
            List<RunOutcome> outcomes = new ArrayList<>();
            for (Future<RunOutcome> f : futures) {
                outcomes.add(await(f, deadline, gate, limitSeconds));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static RunOutcome await(Future<RunOutcome> f, long deadline, Gate gate, int limitSeconds)
            throws InterruptedException {
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            gate.shut();
            f.cancel(true);
            return RunOutcome.failed(0, "time limit of " + limitSeconds + " s exceeded; run abandoned");
        } catch (ExecutionException e) {
            return RunOutcome.failed(0, "workload crashed: " + e.getCause());
        }
    }
}
