package io.vgpubench.agent.gpu;

import java.util.List;

/**
 * Every CUDA workload at small sizes, each verified against its reference: what the GPU-tagged test
 * and {@code GpuBench --self-test} run on a machine with a GPU.
 */
final class GpuSelfTest {
    static final List<String> ITEMS = List.of(
            "launch:launches=2000",
            "gemm:precision=fp64,m=512,n=384,k=256", "gemm:precision=fp32,m=512,n=384,k=256",
            "gemm:precision=tf32,m=512,n=384,k=256", "gemm:precision=bf16,m=512,n=384,k=256",
            "gemm:precision=fp16,m=512,n=384,k=256",
            "memcopy:bytes=67108864", "transfer:direction=h2d,memory=pinned,bytes=16777216",
            "transfer:direction=d2h,memory=pageable,bytes=16777216",
            "vgg16:batch=2,precision=bf16", "memprobe:chunk_mb=1024");

    private GpuSelfTest() {}
}
