package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.spec.RunRequest;
import io.vgpubench.agent.spec.RunSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One run on one card, on its own thread: prepare, untimed warm-up, verify, then the timed
 * repetitions, one sample a measurement, each written as soon as it is measured. When the card runs
 * {@link Together} with the others, every repetition starts when all cards are ready. Failures become
 * an outcome, never an exception, so the agent goes on with the next run.
 */
final class RunBody implements Callable<RunOutcome> {
    private final int card;
    private final Backend backend;
    private final RunSpec spec;
    private final RunRequest run;
    private final Consumer<Object> out;
    private final Together together;
    private final List<Measurement> firstMetric = new ArrayList<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private int samples;
    private boolean clockWarned;
    /** Reads device facts during timed work (a few daemon threads shared by every card). */
    private static final java.util.concurrent.ScheduledExecutorService FACTS =
            java.util.concurrent.Executors.newScheduledThreadPool(4, r -> {
                Thread t = new Thread(r, "device-facts");
                t.setDaemon(true);
                return t;
            });
    private static final long FACTS_DELAY_MS = 100;

    RunBody(int card, Backend backend, RunSpec spec, RunRequest run, Consumer<Object> out, Together together) {
        this.card = card;
        this.backend = backend;
        this.spec = spec;
        this.run = run;
        this.out = out;
        this.together = together;
    }

    @Override
    public RunOutcome call() {
        Parameters params = new Parameters(run.parameters() == null ? Map.of() : run.parameters())
                .withDefaults(backend.defaults(run.workload()));
        SampleMaker maker = new SampleMaker(spec, run, params, backend.name());
        try (PreparedWorkload work = backend.prepare(run.workload(), params)) {
            for (int i = 0; i < run.warmup(); i++) {
                work.measure();
            }
            Verification check = work.verify();
            if (!check.passed()) {
                return RunOutcome.failed(0, "verification failed: relative error " + check.relativeError()
                        + " exceeds the bound " + check.bound() + " (" + check.detail() + ")");
            }
            for (int rep = 1; rep <= run.repetitions(); rep++) {
                if (together != null) {
                    together.awaitStart();
                }
                measureOnce(work, maker, rep);
            }
            return RunOutcome.done(samples, Summary.of(firstMetric));
        } catch (WorkloadException e) {
            return RunOutcome.failed(samples, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunOutcome.failed(samples, "interrupted");
        } catch (OutOfMemoryError e) {
            return RunOutcome.failed(samples, "out of memory: " + e.getMessage() + " (Java heap max "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); use smaller sizes or raise -Xmx through VGPU_AGENT_JAVA_OPTS");
        } catch (RuntimeException e) {
            return RunOutcome.failed(samples, "workload crashed: " + e);
        } finally {
            if (together != null) {
                together.leave();
            }
        }
    }

    private io.vgpubench.agent.backend.DeviceFacts factsFrom(
            java.util.concurrent.Future<io.vgpubench.agent.backend.DeviceFacts> during) throws WorkloadException {
        try {
            return during.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException("interrupted while reading the device facts");
        } catch (java.util.concurrent.ExecutionException e) {
            return backend.facts();
        }
    }

    Backend backend() {
        return backend;
    }

    /** The values measured, by metric, in repetition order. */
    Map<String, List<Double>> values() {
        return values;
    }

    /**
     * One timed repetition. The device facts are read while the work runs (a little after it starts,
     * on another thread), not after it, when clocks and power have already fallen back.
     */
    private void measureOnce(PreparedWorkload work, SampleMaker maker, int rep) throws WorkloadException {
        Instant started = Instant.now();
        java.util.concurrent.Future<io.vgpubench.agent.backend.DeviceFacts> during =
                FACTS.schedule(backend::facts, FACTS_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        List<Measurement> measured = work.measure();
        Instant ended = Instant.now();
        var facts = factsFrom(during);
        if (!clockWarned) {
            backend.clockWarning(facts).ifPresent(w -> {
                clockWarned = true;
                out.accept(io.vgpubench.agent.sample.RunEvent.warning(run.workload() + " (" + run.runId() + "): " + w));
            });
        }
        for (Measurement m : measured) {
            if (firstMetric.size() < rep) {
                firstMetric.add(m);
            }
            values.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m.value());
            String metric = together == null ? m.metric() : Together.perCard(m.metric());
            out.accept(maker.make(rep, card, metric, m.value(), m.unit(), m.higherIsBetter(), started, ended, facts));
            samples++;
            if (together != null) {
                together.measured(maker, rep, m, started, ended);
            }
        }
    }
}
