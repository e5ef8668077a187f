package io.vgpubench.agent.gpu;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendOptions;
import io.vgpubench.agent.backend.DeviceFacts;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.sample.AgentEvent;
import io.vgpubench.agent.sample.Sample;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs CUDA workloads straight from the command line and writes JSON lines (samples in the agent's
 * format, verifications, warnings, cold start): the driver of bench/device-compare.sh and the GPU
 * self-test. Unlike the agent's runner it verifies first and warms up right before the timed
 * repetitions, so they start on a card already at its power-limited steady state, not one that cooled
 * while the host checked the result. Exit 0 all verified, 1 a workload failed, 2 bad arguments, 3 no
 * CUDA backend.
 */
public final class GpuBench {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final long TELEMETRY_DELAY_MS = 100;
    private final BenchOptions options;
    private final PrintStream out;
    private Instant firstKernel;

    private GpuBench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("gpubench: " + e.getMessage() + "\n" + BenchOptions.USAGE);
            return 2;
        }
        StringBuilder why = new StringBuilder();
        Optional<Backend> opened = new CudaBackendFactory().open(
                new BackendOptions(options.memoryFraction(), options.device()), why::append);
        if (opened.isEmpty()) {
            err.println("gpubench: " + why);
            return 3;
        }
        try (CudaBackend backend = (CudaBackend) opened.get()) {
            GpuBench bench = new GpuBench(options, out);
            bench.emit(Map.of("type", "backend", "describe", backend.describe(), "facts", backend.facts()));
            boolean ok = true;
            for (BenchItem item : options.items()) {
                ok &= bench.runItem(backend, item);
            }
            return ok ? 0 : 1;
        }
    }

    private boolean runItem(CudaBackend backend, BenchItem item) {
        Parameters params = new Parameters(item.parameters()).withDefaults(backend.defaults(item.workload()));
        try (PreparedWorkload w = backend.prepare(item.workload(), params)) {
            markFirstKernel();
            Verification v = w.verify();
            emit(Map.of("type", "verify", "workload", item.label(), "passed", v.passed(),
                    "relative_error", v.relativeError(), "bound", v.bound(), "detail", v.detail()));
            if (!v.passed()) {
                return fail(item, "verification failed: " + v.detail());
            }
            for (int i = 0; i < options.warmup(); i++) {
                w.measure();
            }
            for (int rep = 1; rep <= options.repetitions(); rep++) {
                markFirstKernel();
                Instant start = Instant.now();
                CompletableFuture<DeviceFacts> during = CompletableFuture.supplyAsync(() -> factsAfter(backend));
                List<Measurement> ms = w.measure();
                Instant end = Instant.now();
                DeviceFacts facts = during.join();
                for (Measurement m : ms) {
                    emit(new Sample(AgentEvent.SAMPLE, "gpubench", "local", "bare", item.label(), item.workload(),
                            params.values(), rep, 0, 1, options.device(), m.metric(), m.value(), m.unit(), m.higherIsBetter(),
                            start, end, backend.name(), facts));
                }
                if (!item.workload().equals("launch") && !item.workload().equals("memprobe")) {
                    ClockWatch.check(facts, backend.powerLimitW()).ifPresent(msg -> emit(Map.of("type", AgentEvent.WARNING,
                            "workload", item.label(), "message", msg)));
                }
            }
            return true;
        } catch (WorkloadException e) {
            return fail(item, e.getMessage());
        }
    }

    /** Telemetry read while a repetition runs (clocks and power fall back as soon as the card idles). */
    private static DeviceFacts factsAfter(CudaBackend backend) {
        try {
            Thread.sleep(TELEMETRY_DELAY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return backend.facts();
    }

    private void markFirstKernel() {
        if (firstKernel == null) {
            firstKernel = Instant.now();
            ProcessHandle.current().info().startInstant().ifPresent(jvm -> emit(Map.of("type", "cold_start",
                    "seconds", Duration.between(jvm, firstKernel).toMillis() / 1e3)));
        }
    }

    private boolean fail(BenchItem item, String message) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", AgentEvent.RUN_FAILED);
        event.put("workload", item.label());
        event.put("message", message);
        emit(event);
        return false;
    }

    private void emit(Object event) {
        try {
            out.println(JSON.writeValueAsString(event));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }
}
