package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.command.CommandEnvironment;
import io.vgpubench.agent.command.CommandWorkload;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.event.AgentEvents;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import io.vgpubench.contract.spec.SlotSchedule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One run on one card, on its own thread, in the one order every path measures in: prepare, verify (on
 * fresh random inputs, before any sample), untimed warm-up right before the timed part (so it starts on a card
 * at its steady state), then the timed repetitions, one sample a metric, each written as soon as it is
 * measured. With a schedule every repetition is measured inside its slot ({@link SlottedMeasure}), so co-runners
 * measure together; when the card runs {@link Together} with the others, every repetition starts when all cards
 * are ready. Failures become an outcome, never an exception, so the agent goes on with the next run.
 */
final class RunBody implements Callable<RunOutcome> {
    /** Reads device facts during timed work (a few daemon threads shared by every card). */
    private static final ScheduledExecutorService FACTS = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "device-facts");
        t.setDaemon(true);
        return t;
    });
    private static final long FACTS_DELAY_MS = 100;
    /** Whether this process has written a sample to nowhere already ({@link #rehearseSamples}). */
    private static final AtomicBoolean SAMPLES_REHEARSED = new AtomicBoolean();
    private final int card;
    private final Backend backend;
    private final RunSpec spec;
    private final RunRequest run;
    private final Consumer<AgentEvent> out;
    private final Together together;
    /** The group's common start, from which the run's slots count; null without a schedule. */
    private final Instant origin;
    private final Path workDir;
    private final List<Measurement> firstMetric = new ArrayList<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private int samples;
    private boolean clockWarned;

    RunBody(int card, Backend backend, RunSpec spec, RunRequest run, Consumer<AgentEvent> out, Together together,
            Instant origin, Path workDir) {
        this.card = card;
        this.workDir = workDir;
        this.backend = backend;
        this.spec = spec;
        this.run = run;
        this.out = out;
        this.together = together;
        this.origin = together == null && run.schedule() != null ? origin : null;
    }

    @Override
    public RunOutcome call() {
        Parameters given = new Parameters(run.parameters() == null ? Map.of() : run.parameters());
        Parameters params = run.command() != null ? given : given.withDefaults(backend.defaults(run.workload()));
        SampleMaker maker = new SampleMaker(spec, run, params, backend.name());
        try (PreparedWorkload work = prepare(params)) {
            Verification check = work.verify();
            if (!check.passed()) {
                return RunOutcome.failed(0, "verification failed: " + check.describe());
            }
            for (int i = 0; i < run.warmup(); i++) {
                work.measure();
            }
            if (origin != null && !SAMPLES_REHEARSED.getAndSet(true)) {
                rehearseSamples(maker);
            }
            SlottedMeasure slotted = new SlottedMeasure(work, Pacing.of(run), out, run.workload() + " (" + run.runId() + ")",
                    spec.hasCoRunners(), backend::energyJoules);
            for (int rep = 1; rep <= run.repetitions(); rep++) {
                if (together != null) {
                    together.awaitStart();
                }
                measureOnce(work, slotted, maker, rep);
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

    /**
     * Makes and writes out, to nowhere, a sample once in the agent's process before its first slot, so the first
     * repetition's samples are written as fast as the rest: the first time a sample was written (its JSON writer built,
     * its classes loaded) took 40-50 ms on 2 CPU cores, and each task reached its second slot that much late.
     */
    private void rehearseSamples(SampleMaker maker) {
        Instant now = Instant.now();
        Repetition r = new Repetition(List.of(), now, now, now, now, now, now, 1, null);
        AgentEvents.write(maker.make(0, card, new Measurement("rehearsal", 0, "", true), r, backend.facts()));
    }

    Backend backend() {
        return backend;
    }

    /** A built-in workload from the backend, or the user's command (in the folder the agent works in). */
    private PreparedWorkload prepare(Parameters params) throws WorkloadException {
        if (run.command() == null) {
            return backend.prepare(run.workload(), params);
        }
        CommandEnvironment env = CommandEnvironment.of(backend.name(), card, spec.memoryFraction(), spec.task(),
                spec.tasks(), run.runId(), params.values(), run.command().env());
        return CommandWorkload.prepare(run.workload(), run.runId() + "/card" + card, run.command(), env,
                workDir);
    }

    /** The values measured, by metric, in repetition order. */
    Map<String, List<Double>> values() {
        return values;
    }

    /**
     * One timed repetition. The device facts are read while the work runs (a little after the timed part
     * starts, on another thread), not after it, when clocks and power have already fallen back.
     */
    private void measureOnce(PreparedWorkload work, SlottedMeasure slotted, SampleMaker maker, int rep)
            throws WorkloadException, InterruptedException {
        List<Future<DeviceFacts>> during = new ArrayList<>(1);
        Runnable readFacts = () -> during.add(FACTS.schedule(backend::facts, FACTS_DELAY_MS, TimeUnit.MILLISECONDS));
        Repetition r;
        if (origin != null) {
            r = slotted.measure(run.schedule().slot(origin, rep), rep, readFacts);
        } else {
            readFacts.run();
            java.util.Optional<Double> energyBefore = backend.energyJoules();
            Instant started = Instant.now();
            List<Measurement> measured = work.measure();
            Instant ended = Instant.now();
            work.drain(); // one round a repetition: none left on the card for the next to start behind
            r = Repetition.unscheduled(measured, started, ended, Repetition.energy(energyBefore, backend.energyJoules()));
        }
        DeviceFacts facts = factsFrom(during.get(0));
        if (!clockWarned) {
            backend.clockWarning(facts).ifPresent(w -> {
                clockWarned = true;
                out.accept(AgentEvent.warning(run.workload() + " (" + run.runId() + "): " + w));
            });
        }
        for (Measurement m : together == null ? EnergyMetrics.of(r) : List.<Measurement>of()) {
            out.accept(maker.make(rep, card, m, r, facts));
            samples++;
        }
        for (Measurement m : r.measured()) {
            if (firstMetric.size() < rep) {
                firstMetric.add(m);
            }
            values.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m.value());
            String metric = together == null ? m.metric() : Together.perCard(m.metric());
            out.accept(maker.make(rep, card, new Measurement(metric, m.value(), m.unit(), m.higherIsBetter(), m.window()), r,
                    facts));
            samples++;
            if (together != null) {
                together.measured(maker, rep, m, r.started(), r.ended());
            }
        }
    }

    private DeviceFacts factsFrom(Future<DeviceFacts> during) throws WorkloadException {
        try {
            return during.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException("interrupted while reading the device facts");
        } catch (ExecutionException e) {
            return backend.facts();
        }
    }
}
