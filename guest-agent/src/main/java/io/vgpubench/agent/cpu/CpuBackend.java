package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.DeviceFacts;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.backend.Workloads;
import io.vgpubench.agent.workload.WorkloadDefaults;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workloads in plain Java on every core of this machine: the stand-in that runs anywhere (the
 * embedded default, bare-metal CPU baselines, machines without CUDA). Not a GPU path.
 */
final class CpuBackend implements Backend {
    private final Parallel parallel = new Parallel();
    private final MemoryCap cap;
    private final CpuFacts facts = new CpuFacts(Path.of("/proc/cpuinfo"));

    CpuBackend(double memoryFraction) {
        this.cap = MemoryCap.of(memoryFraction);
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public List<String> workloads() {
        return List.of(Workloads.GEMM, Workloads.MEMCOPY, Workloads.MEMPROBE, Workloads.VGG16);
    }

    /** As everywhere, except VGG-16 runs at 1/8 of its channels so a laptop finishes it quickly. */
    @Override
    public Map<String, String> defaults(String workload) {
        Map<String, String> d = new HashMap<>(WorkloadDefaults.of(workload));
        if (workload.equals(Workloads.VGG16)) {
            d.put("scale", "8");
        }
        return d;
    }

    @Override
    public DeviceFacts facts() {
        return facts.snapshot();
    }

    @Override
    public PreparedWorkload prepare(String workload, Parameters p) throws WorkloadException {
        return switch (workload) {
            case Workloads.GEMM -> new GemmWorkload(p, parallel, cap);
            case Workloads.MEMCOPY -> new MemcopyWorkload(p, parallel, cap);
            case Workloads.MEMPROBE -> new MemprobeWorkload(p, cap);
            case Workloads.VGG16 -> new Vgg16Workload(p, parallel, cap);
            case Workloads.TRANSFER, Workloads.LAUNCH -> throw new WorkloadException("workload " + workload + " needs the CUDA backend");
            default -> throw new WorkloadException("unknown workload '" + workload + "'");
        };
    }

    @Override
    public void close() {
        parallel.close();
    }
}
