package io.vgpubench.model;

import java.util.List;
import java.util.Map;

/**
 * The workloads the guest agent knows and the metrics each one reports (see the agent's
 * {@code Workloads}); kept here because the controller does not ship the agent's classes.
 */
public final class KnownWorkloads {
    private static final Map<String, List<String>> METRICS = Map.of(
            "gemm", List.of("tflops"),
            "memcopy", List.of("bandwidth"),
            "transfer", List.of("bandwidth"),
            "launch", List.of("latency", "graph_latency"),
            "memprobe", List.of("reported_free", "allocatable", "shortfall_pct"),
            "vgg16", List.of("images_per_second"));

    private KnownWorkloads() {}

    public static List<String> names() {
        return METRICS.keySet().stream().sorted().toList();
    }

    public static boolean isKnown(String name) {
        return METRICS.containsKey(name);
    }

    /** The metrics a workload reports (empty for an unknown name). */
    public static List<String> metrics(String name) {
        return METRICS.getOrDefault(name, List.of());
    }
}
