package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.DeviceFacts;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.sample.AgentEvent;
import io.vgpubench.agent.sample.Sample;
import io.vgpubench.agent.spec.RunRequest;
import io.vgpubench.agent.spec.RunSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One run on the worker thread: prepare, untimed warm-up, verify, then the timed repetitions, one
 * sample a measurement, each written as soon as it is measured. Failures become an outcome, never
 * an exception, so the agent goes on with the next run.
 */
final class RunBody implements Callable<RunOutcome> {
    private final Backend backend;
    private final RunSpec spec;
    private final RunRequest run;
    private final Consumer<Object> out;
    private final List<Measurement> firstMetric = new ArrayList<>();
    private int samples;

    RunBody(Backend backend, RunSpec spec, RunRequest run, Consumer<Object> out) {
        this.backend = backend;
        this.spec = spec;
        this.run = run;
        this.out = out;
    }

    @Override
    public RunOutcome call() {
        Parameters params = new Parameters(run.parameters() == null ? Map.of() : run.parameters())
                .withDefaults(backend.defaults(run.workload()));
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
                measureOnce(work, params, rep);
            }
            return RunOutcome.done(samples, Summary.of(firstMetric));
        } catch (WorkloadException e) {
            return RunOutcome.failed(samples, e.getMessage());
        } catch (OutOfMemoryError e) {
            return RunOutcome.failed(samples, "out of memory: " + e.getMessage() + " (Java heap max "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); use smaller sizes or raise -Xmx through VGPU_AGENT_JAVA_OPTS");
        } catch (RuntimeException e) {
            return RunOutcome.failed(samples, "workload crashed: " + e);
        }
    }

    private void measureOnce(PreparedWorkload work, Parameters params, int rep) throws WorkloadException {
        Instant started = Instant.now();
        List<Measurement> measured = work.measure();
        Instant ended = Instant.now();
        DeviceFacts facts = backend.facts();
        for (Measurement m : measured) {
            if (firstMetric.size() < rep) {
                firstMetric.add(m);
            }
            out.accept(new Sample(AgentEvent.SAMPLE, spec.campaign(), spec.instance(), spec.flavor(), run.runId(),
                    run.workload(), params.values(), rep, spec.task(), spec.tasks(), m.metric(), m.value(), m.unit(),
                    m.higherIsBetter(), started, ended, backend.name(), facts));
            samples++;
        }
    }
}
