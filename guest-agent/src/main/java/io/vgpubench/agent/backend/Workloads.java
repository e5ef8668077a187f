package io.vgpubench.agent.backend;

/**
 * The shared workload names and their parameters. Every backend uses these names, so results from
 * different backends and hosts line up.
 *
 * <ul>
 *   <li>{@code gemm}: precision=fp64|fp32|tf32|bf16|fp16, m, n, k; metric {@code tflops} (TFLOP/s).</li>
 *   <li>{@code memcopy}: bytes; metric {@code bandwidth} (GB/s, bytes read plus written).</li>
 *   <li>{@code transfer}: bytes, direction=h2d|d2h, memory=pinned|pageable; metric {@code bandwidth} (GB/s). GPU only.</li>
 *   <li>{@code launch}: launches; metrics {@code latency} and {@code graph_latency} (us per launch, lower is better). GPU only.</li>
 *   <li>{@code memprobe}: chunk_mb; metrics {@code reported_free}, {@code allocatable} (bytes) and {@code shortfall_pct}.</li>
 *   <li>{@code vgg16}: batch, precision; metric {@code images_per_second}; VGG-16's layer shapes as GEMMs (im2col).</li>
 * </ul>
 */
public final class Workloads {
    public static final String GEMM = "gemm";
    public static final String MEMCOPY = "memcopy";
    public static final String TRANSFER = "transfer";
    public static final String LAUNCH = "launch";
    public static final String MEMPROBE = "memprobe";
    public static final String VGG16 = "vgg16";

    private Workloads() {}
}
