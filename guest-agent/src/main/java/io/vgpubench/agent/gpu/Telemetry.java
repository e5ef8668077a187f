package io.vgpubench.agent.gpu;

import java.util.Optional;

/**
 * Live telemetry of one GPU, addressed by UUID so the CUDA device and the reading agree: NVML where the
 * driver's library loads (microseconds a read, power at that instant), else nvidia-smi (a process per
 * read, power averaged over about a second).
 */
sealed interface Telemetry permits Nvml, NvidiaSmi {

    /** Clocks, power, temperature now; empty when the source cannot read them. */
    Optional<SmiReading> read();

    /** "bare", "vgpu", "passthrough" or null: the virtualization mode the driver reports. */
    String virtualization();

    /** What the readings come from, as samples record it: "nvml" or "nvidia-smi". */
    String source();

    /** The card's total energy counter in joules, where this source reads one cheaply (NVML); else empty. */
    default Optional<Double> totalEnergyJoules() {
        return Optional.empty();
    }

    /** NVML, else nvidia-smi, for the GPU with this UUID; empty when neither knows it. */
    static Optional<Telemetry> find(String uuid) {
        Optional<Telemetry> nvml = Nvml.find(uuid).map(t -> t);
        return nvml.isPresent() ? nvml : NvidiaSmi.find(uuid).map(t -> t);
    }
}
