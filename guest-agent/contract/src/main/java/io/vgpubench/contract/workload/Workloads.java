package io.vgpubench.contract.workload;

import java.util.List;
import java.util.Optional;

/**
 * The workload catalog both sides use: the agent's backends name their workloads and metrics from it, the
 * controller validates playbooks and thresholds against it. A backend may size a parameter for its device
 * (the CUDA backend fills the chip) and records what it used in every sample.
 */
public final class Workloads {
    /** The workloads' names, as constants a {@code switch} can use. */
    public static final class Names {
        public static final String GEMM = "gemm";
        public static final String MEMCOPY = "memcopy";
        public static final String TRANSFER = "transfer";
        public static final String LAUNCH = "launch";
        public static final String MEMPROBE = "memprobe";
        public static final String VGG16 = "vgg16";

        private Names() {}
    }

    private static final String MIB_64 = String.valueOf(64L << 20);
    private static final Metric BANDWIDTH = new Metric("bandwidth", "GB/s", true);

    public static final Workload GEMM = new Workload(Names.GEMM,
            "matrix product C = A B through cuBLAS (cublasGemmEx) or the CPU's threads; fp64 is the HPL proxy",
            List.of(new Parameter("precision", "fp32", "fp64, fp32, tf32, bf16 or fp16"),
                    new Parameter("m", "384", "rows of A and C"),
                    new Parameter("n", "384", "columns of B and C"),
                    new Parameter("k", "384", "columns of A, rows of B")),
            List.of(new Metric("tflops", "TFLOP/s", true)), false, true);
    public static final Workload MEMCOPY = new Workload(Names.MEMCOPY,
            "device-memory bandwidth: device-to-device copies, bytes read plus written",
            List.of(new Parameter("bytes", MIB_64, "bytes copied per operation")),
            List.of(BANDWIDTH), false, true);
    public static final Workload TRANSFER = new Workload(Names.TRANSFER,
            "host-device bandwidth over PCIe or NVLink",
            List.of(new Parameter("bytes", MIB_64, "bytes moved per operation"),
                    new Parameter("direction", "h2d", "h2d or d2h"),
                    new Parameter("memory", "pinned", "pinned or pageable host memory")),
            List.of(BANDWIDTH), true, true);
    public static final Workload LAUNCH = new Workload(Names.LAUNCH,
            "kernel launch latency, one launch at a time and through a CUDA graph",
            List.of(new Parameter("launches", "10000", "launches per measurement")),
            List.of(new Metric("latency", "us", false), new Metric("graph_latency", "us", false)), true, true);
    public static final Workload MEMPROBE = new Workload(Names.MEMPROBE,
            "device memory reported against memory really allocatable (the study's silent-halt trap)",
            List.of(new Parameter("chunk_mb", "64", "allocation step in MiB")),
            List.of(new Metric("reported_free", "bytes", true), new Metric("reported_total", "bytes", true),
                    new Metric("allocatable", "bytes", true), new Metric("shortfall_pct", "%", false),
                    new Metric("probe_seconds", "s", false)), false, false);
    public static final Workload VGG16 = new Workload(Names.VGG16,
            "inference proxy: VGG-16's layer shapes as GEMMs (im2col)",
            List.of(new Parameter("batch", "1", "images per forward pass"),
                    new Parameter("precision", "fp32", "fp32, tf32, bf16 or fp16"),
                    new Parameter("scale", "1", "divides every layer's channels (a smaller proxy)")),
            List.of(new Metric("images_per_second", "images/s", true)), false, true);

    private static final List<Workload> ALL = List.of(GEMM, MEMCOPY, TRANSFER, LAUNCH, MEMPROBE, VGG16);
    /** Figures a run over all cards adds to each of a workload's metrics (see the agent's multi-card runs). */
    public static final List<String> MULTI_CARD_SUFFIXES = List.of("_all_at_once", "_node_total", "_scaling_efficiency");

    private Workloads() {}

    public static List<Workload> all() {
        return ALL;
    }

    /** The defaults of {@code workload} on every backend that does not size it itself; empty for an unknown name. */
    public static java.util.Map<String, String> defaults(String workload) {
        return find(workload).map(Workload::defaults).orElse(java.util.Map.of());
    }

    /**
     * The device memory a built-in workload allocates at the sizes the playbook gives, where those decide it (gemm:
     * A, B and C at m, n, k and the precision's width; memcopy: source and destination; transfer: its device
     * buffer); empty where a size is not given (a backend may size it for its device) or the workload has none.
     */
    public static java.util.OptionalLong deviceBytes(String workload, java.util.Map<String, String> given) {
        try {
            switch (workload) {
                case Names.GEMM -> {
                    if (!given.keySet().containsAll(List.of("m", "n", "k"))) {
                        return java.util.OptionalLong.empty();
                    }
                    long m = Long.parseLong(given.get("m").strip());
                    long n = Long.parseLong(given.get("n").strip());
                    long k = Long.parseLong(given.get("k").strip());
                    int width = switch (given.getOrDefault("precision", GEMM.defaults().get("precision"))) {
                        case "fp64" -> 8;
                        case "bf16", "fp16" -> 2;
                        default -> 4;
                    };
                    return java.util.OptionalLong.of(Math.multiplyExact(Math.addExact(Math.addExact(
                            Math.multiplyExact(m, k), Math.multiplyExact(k, n)), Math.multiplyExact(m, n)), width));
                }
                case Names.MEMCOPY -> {
                    return given.containsKey("bytes")
                            ? java.util.OptionalLong.of(Math.multiplyExact(2, Long.parseLong(given.get("bytes").strip())))
                            : java.util.OptionalLong.empty();
                }
                case Names.TRANSFER -> {
                    return given.containsKey("bytes") ? java.util.OptionalLong.of(Long.parseLong(given.get("bytes").strip()))
                            : java.util.OptionalLong.empty();
                }
                default -> {
                    return java.util.OptionalLong.empty();
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.OptionalLong.empty(); // not a size the agent would take: it says so itself
        }
    }

    public static Optional<Workload> find(String name) {
        return ALL.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Workload::name).sorted().toList();
    }

    /**
     * Whether {@code workload} reports {@code metric}: one of its metrics, or one of the figures a run on all
     * cards adds to it ({@code <metric>_all_at_once}, {@code <metric>_node_total}, {@code <metric>_scaling_efficiency}).
     */
    public static boolean reports(String workload, String metric) {
        return find(workload).stream().flatMap(w -> w.metricNames().stream())
                .anyMatch(m -> metric.equals(m) || MULTI_CARD_SUFFIXES.stream().anyMatch(s -> metric.equals(m + s)));
    }
}
