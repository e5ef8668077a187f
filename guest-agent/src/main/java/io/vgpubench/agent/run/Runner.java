package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.sample.RunEvent;
import io.vgpubench.agent.spec.RunRequest;
import io.vgpubench.agent.spec.RunSpec;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a spec's runs in order on one backend: waits for the synchronized start, then each run on a
 * worker thread under its time limit, and ends the log with {@code agent_done}. A run that fails or
 * overruns is recorded and the next run goes on.
 */
public final class Runner {
    private final Backend backend;
    private final EventLog log;
    private final PrintWriter progress;
    private ExecutorService worker = newWorker();

    public Runner(Backend backend, EventLog log, PrintWriter progress) {
        this.backend = backend;
        this.log = log;
        this.progress = progress;
    }

    /** Runs everything; true when every run completed. */
    public boolean run(RunSpec spec) throws InterruptedException {
        waitUntil(spec.startAt());
        int ok = 0;
        int failed = 0;
        try {
            for (RunRequest run : spec.runs()) {
                if (runOne(spec, run)) {
                    ok++;
                } else {
                    failed++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        log.write(RunEvent.agentDone(ok, failed));
        return failed == 0;
    }

    private boolean runOne(RunSpec spec, RunRequest run) throws InterruptedException {
        log.write(RunEvent.started(run.runId(), run.workload()));
        long t0 = System.nanoTime();
        Gate gate = new Gate(log);
        Future<RunOutcome> future = worker.submit(new RunBody(backend, spec, run, gate));
        RunOutcome outcome;
        try {
            outcome = future.get(run.timeLimitSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            gate.shut();
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            outcome = RunOutcome.failed(0, "time limit of " + run.timeLimitSeconds() + " s exceeded; run abandoned");
        } catch (ExecutionException e) {
            outcome = RunOutcome.failed(0, "workload crashed: " + e.getCause());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (outcome.ok()) {
            log.write(RunEvent.done(run.runId(), run.workload()));
            progress.printf("run %s (%s): %s, %.1f s%n", run.runId(), run.workload(), outcome.summary(), seconds);
        } else {
            log.write(RunEvent.failed(run.runId(), run.workload(), outcome.message()));
            progress.printf("run %s (%s) FAILED after %.1f s: %s%n", run.runId(), run.workload(), seconds, outcome.message());
        }
        progress.flush();
        return outcome.ok();
    }

    private static void waitUntil(Instant startAt) throws InterruptedException {
        if (startAt == null) {
            return;
        }
        long nanos = Duration.between(Instant.now(), startAt).toNanos();
        while (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
            nanos = Duration.between(Instant.now(), startAt).toNanos();
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vgpu-agent-run");
            t.setDaemon(true);
            return t;
        });
    }
}
