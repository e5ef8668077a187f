package io.vgpubench.agent.cpu;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.workload.Workloads;

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
        return List.of(Workloads.Names.GEMM, Workloads.Names.MEMCOPY, Workloads.Names.MEMPROBE, Workloads.Names.VGG16);
    }

    /** As everywhere, except VGG-16 runs at 1/8 of its channels so a laptop finishes it quickly. */
    @Override
    public Map<String, String> defaults(String workload) {
        Map<String, String> d = new HashMap<>(Workloads.defaults(workload));
        if (workload.equals(Workloads.Names.VGG16)) {
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
            case Workloads.Names.GEMM -> new GemmWorkload(p, parallel, cap);
            case Workloads.Names.MEMCOPY -> new MemcopyWorkload(p, parallel, cap);
            case Workloads.Names.MEMPROBE -> new MemprobeWorkload(p, cap);
            case Workloads.Names.VGG16 -> new Vgg16Workload(p, parallel, cap);
            case Workloads.Names.TRANSFER, Workloads.Names.LAUNCH -> throw new WorkloadException("workload " + workload + " needs the CUDA backend");
            default -> throw new WorkloadException("unknown workload '" + workload + "'");
        };
    }

    @Override
    public void close() {
        parallel.close();
    }
}
