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

    /**
     * Whether {@code workload} reports {@code metric}: one of its {@link #metrics}, or one of the
     * figures a run on all cards adds to it ({@code <metric>_all_at_once}, {@code <metric>_node_total},
     * {@code <metric>_scaling_efficiency}).
     */
    public static boolean reports(String workload, String metric) {
        return metrics(workload).stream().anyMatch(m -> metric.equals(m) || MULTI_CARD.stream()
                .anyMatch(suffix -> metric.equals(m + suffix)));
    }

    private static final List<String> MULTI_CARD = List.of("_all_at_once", "_node_total", "_scaling_efficiency");

    /** The metrics a workload reports (empty for an unknown name). */
    public static List<String> metrics(String name) {
        return METRICS.getOrDefault(name, List.of());
    }
}
