package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.DeviceFacts;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.agent.backend.Workloads;
import java.util.List;
import java.util.Optional;

/** The workloads on one CUDA device through JCuda's driver API and cuBLAS. */
public final class CudaBackend implements Backend {
    private final CudaDevice device;
    private final Blas blas;
    private final Optional<NvidiaSmi> smi;
    private final String cudaVersion;
    private volatile Long allocatable;
    private volatile Double powerLimitW;

    CudaBackend(CudaDevice device, Blas blas, Optional<NvidiaSmi> smi, String cudaVersion) {
        this.device = device;
        this.blas = blas;
        this.smi = smi;
        this.cudaVersion = cudaVersion;
    }

    @Override
    public String name() {
        return "cuda";
    }

    /** The device and the cuBLAS binding in one line, e.g. for a log. */
    public String describe() {
        return device.name() + " (" + device.uuid() + "), CUDA " + cudaVersion + ", " + blas.description()
                + (smi.isPresent() ? ", telemetry through nvidia-smi" : ", no nvidia-smi");
    }

    /** The power limit nvidia-smi last reported, or null. */
    public Double powerLimitW() {
        return powerLimitW;
    }

    @Override
    public List<String> workloads() {
        return List.of(Workloads.GEMM, Workloads.MEMCOPY, Workloads.TRANSFER, Workloads.LAUNCH,
                Workloads.MEMPROBE, Workloads.VGG16);
    }

    @Override
    public DeviceFacts facts() {
        device.makeCurrent();
        long[] mem = device.memInfo();
        SmiReading r = smi.flatMap(NvidiaSmi::read).orElse(null);
        if (r != null) {
            powerLimitW = r.powerLimitW();
        }
        Integer smMax = r != null && r.smClockMaxMhz() != null ? r.smClockMaxMhz() : device.smClockMaxMhz();
        return new DeviceFacts(device.name(), device.uuid(), r == null ? null : r.driver(), cudaVersion,
                mem[1], mem[0], allocatable, r == null ? null : r.smClockMhz(), smMax,
                r == null ? null : r.memClockMhz(), r == null ? null : r.powerW(),
                r == null ? null : r.temperatureC(), smi.map(NvidiaSmi::virtualization).orElse(null));
    }

    @Override
    public PreparedWorkload prepare(String workload, Parameters parameters) throws WorkloadException {
        device.makeCurrent();
        return switch (workload) {
            case Workloads.GEMM -> GemmWorkload.prepare(device, blas, parameters);
            case Workloads.MEMCOPY -> MemcopyWorkload.prepare(device, parameters);
            case Workloads.TRANSFER -> TransferWorkload.prepare(device, parameters);
            case Workloads.LAUNCH -> LaunchWorkload.prepare(device, parameters);
            case Workloads.MEMPROBE -> MemProbeWorkload.prepare(device, parameters, bytes -> allocatable = bytes);
            case Workloads.VGG16 -> Vgg16Workload.prepare(device, blas, parameters);
            default -> throw new WorkloadException("the cuda backend has no workload '" + workload + "'; it runs "
                    + String.join(", ", workloads()));
        };
    }

    @Override
    public void close() {
        device.makeCurrent();
        blas.close();
        device.close();
    }
}
