package io.vgpubench.agent.workload;

import io.vgpubench.agent.backend.Workloads;
import java.util.Map;

/**
 * The default parameters of every shared workload, the same on every backend unless a backend says
 * otherwise (the CPU backend shrinks VGG-16). A sample records the merged parameters, so what ran is
 * always on the record.
 */
public final class WorkloadDefaults {
    private static final String MIB_64 = String.valueOf(64L << 20);
    private static final Map<String, Map<String, String>> DEFAULTS = Map.of(
            Workloads.GEMM, Map.of("precision", "fp32", "m", "384", "n", "384", "k", "384"),
            Workloads.MEMCOPY, Map.of("bytes", MIB_64),
            Workloads.TRANSFER, Map.of("bytes", MIB_64, "direction", "h2d", "memory", "pinned"),
            Workloads.LAUNCH, Map.of("launches", "10000"),
            Workloads.MEMPROBE, Map.of("chunk_mb", "64"),
            Workloads.VGG16, Map.of("batch", "1", "precision", "fp32", "scale", "1"));

    private WorkloadDefaults() {}

    /** The defaults of {@code workload}, empty for a name no backend knows. */
    public static Map<String, String> of(String workload) {
        return DEFAULTS.getOrDefault(workload, Map.of());
    }
}
