package io.vgpubench.agent.backend;

import io.vgpubench.contract.event.DeviceFacts;

import java.util.List;
import java.util.Map;

/**
 * One way of running the workloads on one device: the CPU backend (any machine) or the CUDA backend
 * (a real GPU through JCuda and cuBLAS). Workloads are named the same on every backend, so a sample
 * from a bare-metal CPU run, a vGPU run and a bare GPU run line up in the same report.
 */
public interface Backend extends AutoCloseable {

    /** "cpu" or "cuda". */
    String name();

    /** The workloads this backend can run, by their shared names (see {@link Workloads}). */
    List<String> workloads();

    /**
     * The default parameters of {@code workload} on this backend; the runner merges the spec's
     * parameters over them before {@link #prepare} and records the result in every sample.
     */
    default Map<String, String> defaults(String workload) {
        return io.vgpubench.contract.workload.Workloads.defaults(workload);
    }

    /** A fresh snapshot of the device facts (clocks, power, temperature move; call it per sample). */
    DeviceFacts facts();

    /**
     * The card's energy counter in joules (since its driver loaded), where the driver has one: NVML's total energy
     * consumption; empty elsewhere (the CPU, a vGPU guest that sees no power, nvidia-smi only). Read before and after
     * a repetition's timed part, so it must cost microseconds.
     */
    default java.util.Optional<Double> energyJoules() {
        return java.util.Optional.empty();
    }

    /**
     * Allocates and fills the inputs of one workload at the given parameters (defaults already merged),
     * ready to be measured. Throws {@link WorkloadException} for unknown workloads, bad parameters, or
     * sizes that exceed the memory cap, with a message a person can act on.
     */
    PreparedWorkload prepare(String workload, Parameters parameters) throws WorkloadException;

    /**
     * A warning when facts read during timed work show the device running far below its clocks (the
     * study's turbo surprise), else empty. Backends without clocks have nothing to say.
     */
    default java.util.Optional<String> clockWarning(DeviceFacts duringWork) {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
