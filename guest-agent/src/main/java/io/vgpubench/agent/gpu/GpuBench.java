package io.vgpubench.agent.gpu;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendOptions;
import io.vgpubench.agent.run.Cards;
import io.vgpubench.agent.run.EventLog;
import io.vgpubench.agent.run.Runner;
import io.vgpubench.agent.run.StartSignal;
import io.vgpubench.contract.ContractJson;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs CUDA workloads straight from the command line through the agent's own runner (the same order as a
 * campaign: prepare, verify, warm-up, timed) and writes its JSON lines (samples, run_failed, warnings) after a
 * {@code backend} line and a {@code cold_start} line: the driver of bench/device-compare.sh and the GPU
 * self-test. Each workload is one run whose run_id is its label. Exit 0 all verified, 1 a workload failed,
 * 2 bad arguments, 3 no CUDA backend.
 */
public final class GpuBench {
    private static final int TIME_LIMIT_SECONDS = 600;

    private GpuBench() {}

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
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
        CudaBackend backend = (CudaBackend) opened.get();
        try (Cards cards = Cards.of(backend)) { // closes the backend
            emit(out, Map.of("type", "backend", "describe", backend.describe(), "facts", backend.facts()));
            ProcessHandle.current().info().startInstant().ifPresent(jvm -> emit(out, Map.of("type", "cold_start",
                    "seconds", Duration.between(jvm, Instant.now()).toMillis() / 1e3)));
            List<RunRequest> runs = options.items().stream().map(i -> new RunRequest(i.label(), i.workload(),
                    i.parameters(), options.repetitions(), options.warmup(), TIME_LIMIT_SECONDS)).toList();
            RunSpec spec = new RunSpec("gpubench", "local", "bare", 0, 1, "cuda", options.memoryFraction(), null,
                    null, runs);
            EventLog log = new EventLog(out);
            return new Runner(cards, log, new PrintWriter(err, true)).run(spec, new StartSignal.Now()) ? 0 : 1;
        } catch (StartSignal.NoSignalException e) {
            throw new IllegalStateException("a start at once cannot time out", e);
        }
    }

    private static void emit(PrintStream out, Object line) {
        try {
            out.println(ContractJson.tolerant().writeValueAsString(line));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + line, e);
        }
    }
}
