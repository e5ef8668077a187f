package io.vgpubench.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run specs for the real agent (CPU backend) in tests. */
public final class AgentSpecs {
    private AgentSpecs() {}

    /** A GEMM run of {@code repetitions} samples of size {@code n} (larger n, longer run). */
    public static Path gemm(Path dir, String campaign, int n, int repetitions) throws IOException {
        return gemm(dir, campaign, n, repetitions, false);
    }

    /** As {@link #gemm(Path, String, int, int)}; with {@code startSignal} the agent waits to be released. */
    public static Path gemm(Path dir, String campaign, int n, int repetitions, boolean startSignal) throws IOException {
        String size = String.valueOf(n);
        Path file = dir.resolve("spec-" + n + "-" + repetitions + "-" + startSignal + ".json");
        Files.writeString(file, "{\"campaign\":\"" + campaign + "\",\"instance\":\"host-a\",\"flavor\":\"bare-metal\","
                + "\"task\":0,\"tasks\":1,\"backend\":\"cpu\",\"memory_fraction\":1.0,\"start_at\":null,"
                + "\"start_signal\":" + startSignal + ","
                + "\"runs\":[{\"run_id\":\"w0-gemm-r0\",\"workload\":\"gemm\",\"parameters\":{\"m\":\"" + size
                + "\",\"n\":\"" + size + "\",\"k\":\"" + size + "\",\"precision\":\"fp32\"},\"repetitions\":"
                + repetitions + ",\"warmup\":1,\"time_limit_seconds\":120}]}");
        return file;
    }
}
