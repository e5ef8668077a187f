package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.contract.event.MigInstance;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.workload.Workloads;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workloads on one CUDA device through JCuda's driver API and cuBLAS. */
public final class CudaBackend implements Backend {
    private final CudaDevice device;
    private final Blas blas;
    private final Optional<Telemetry> smi;
    private final String cudaVersion;
    private volatile Long allocatable;
    private volatile Double powerLimitW;
    /** What nvidia-smi -q said when the backend started (license, MIG, ECC, reserved memory, clock events). */
    private final QueryFacts query;
    /** The MIG instance the device is (nvidia-smi -L), or null. */
    private final MigInstance mig;

    CudaBackend(CudaDevice device, Blas blas, Optional<Telemetry> smi, String cudaVersion) {
        this(device, blas, smi, cudaVersion, QueryFacts.NONE);
    }

    CudaBackend(CudaDevice device, Blas blas, Optional<Telemetry> smi, String cudaVersion, QueryFacts query) {
        this(device, blas, smi, cudaVersion, query, null);
    }

    CudaBackend(CudaDevice device, Blas blas, Optional<Telemetry> smi, String cudaVersion, QueryFacts query,
                MigInstance mig) {
        this.mig = mig;
        this.device = device;
        this.blas = blas;
        this.smi = smi;
        this.cudaVersion = cudaVersion;
        this.query = query;
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
        return List.of(Workloads.Names.GEMM, Workloads.Names.MEMCOPY, Workloads.Names.TRANSFER, Workloads.Names.LAUNCH,
                Workloads.Names.MEMPROBE, Workloads.Names.VGG16);
    }

    /**
     * Sizes that fill the chip (8192-cube GEMM, 2 GiB copies, batch 64), shrunk to what the memory cap
     * leaves: GEMM sized for fp64 and VGG-16 for fp32, so any precision the spec picks still fits.
     */
    @Override
    public Map<String, String> defaults(String workload) {
        long available = device.budget().available();
        return switch (workload) {
            case Workloads.Names.GEMM -> {
                String edge = String.valueOf(Sizing.gemmEdge(available, Precision.FP64));
                yield Map.of("precision", "fp32", "m", edge, "n", edge, "k", edge);
            }
            case Workloads.Names.MEMCOPY -> Map.of("bytes", String.valueOf(Sizing.copyBytes(available)));
            case Workloads.Names.TRANSFER -> Map.of("bytes", String.valueOf(Sizing.transferBytes(available)),
                    "direction", "h2d", "memory", "pinned");
            case Workloads.Names.LAUNCH -> Map.of("launches", "20000");
            case Workloads.Names.MEMPROBE -> Map.of("chunk_mb", "256");
            case Workloads.Names.VGG16 -> Map.of("batch", String.valueOf(Sizing.vggBatch(available, Precision.FP32)),
                    "precision", "fp16", "scale", "1");
            default -> Map.of();
        };
    }

    @Override
    public DeviceFacts facts() {
        device.makeCurrent();
        long[] mem = device.memInfo();
        SmiReading r = smi.flatMap(Telemetry::read).orElse(null);
        if (r != null) {
            powerLimitW = r.powerLimitW();
        }
        Integer smMax = r != null && r.smClockMaxMhz() != null ? r.smClockMaxMhz() : device.smClockMaxMhz();
        DeviceFacts facts = query.addTo(new DeviceFacts(device.name(), device.uuid(), r == null ? null : r.driver(),
                cudaVersion, mem[1], mem[0], allocatable, r == null ? null : r.smClockMhz(), smMax,
                r == null ? null : r.memClockMhz(), r == null ? null : r.powerW(),
                r == null ? null : r.temperatureC(), smi.map(Telemetry::virtualization).orElse(null),
                r == null ? null : smi.get().source())).withMigInstance(mig);
        // the reasons read now (during the repetition, through NVML) rather than those of nvidia-smi -q at start
        return r == null || r.clockEventReasons() == null ? facts : facts.withQuery(facts.vgpuProduct(),
                facts.licenseStatus(), facts.migMode(), facts.eccMode(), facts.memoryReservedBytes(),
                r.clockEventReasons());
    }

    @Override
    public Optional<Double> energyJoules() {
        return smi.flatMap(Telemetry::totalEnergyJoules);
    }

    @Override
    public java.util.Optional<String> clockWarning(DeviceFacts duringWork) {
        return ClockWatch.check(duringWork, powerLimitW);
    }

    @Override
    public PreparedWorkload prepare(String workload, Parameters parameters) throws WorkloadException {
        device.makeCurrent();
        return switch (workload) {
            case Workloads.Names.GEMM -> GemmWorkload.prepare(device, blas, parameters);
            case Workloads.Names.MEMCOPY -> MemcopyWorkload.prepare(device, parameters);
            case Workloads.Names.TRANSFER -> TransferWorkload.prepare(device, parameters);
            case Workloads.Names.LAUNCH -> LaunchWorkload.prepare(device, parameters);
            case Workloads.Names.MEMPROBE -> MemProbeWorkload.prepare(device, parameters, bytes -> allocatable = bytes);
            case Workloads.Names.VGG16 -> Vgg16Workload.prepare(device, blas, parameters);
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
