package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuDriverGetVersion;
import static jcuda.driver.JCudaDriver.cuInit;

import com.sun.jna.NativeLibrary;
import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendFactory;
import io.vgpubench.agent.backend.BackendOptions;
import io.vgpubench.agent.gpu.mig.MigLocator;
import io.vgpubench.contract.event.MigInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;

/**
 * Opens the CUDA backend when this machine has the driver (libcuda.so.1), a device that answers, and a
 * cuBLAS; otherwise says why in one line and returns empty, so "auto" falls back to the CPU backend.
 */
public final class CudaBackendFactory implements BackendFactory {
    private final String driverLibrary;

    public CudaBackendFactory() {
        this("libcuda.so.1");
    }

    /** With another driver library name; tests use one that does not exist. */
    CudaBackendFactory(String driverLibrary) {
        this.driverLibrary = driverLibrary;
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public int priority() {
        return 10;
    }

    /** JNA lists every place it looked; the first reason is the one a person needs. */
    static String firstReason(String message) {
        String line = JnaCublas.oneLine(message);
        int cut = line.indexOf(';');
        String first = cut < 0 ? line : line.substring(0, cut);
        return first.endsWith(":") && cut >= 0 ? line.substring(cut + 1).split(";")[0].strip() : first.strip();
    }

    @Override
    public Optional<Backend> open(BackendOptions options, Consumer<String> why) {
        try {
            NativeLibrary.getInstance(driverLibrary);
        } catch (UnsatisfiedLinkError e) {
            why.accept("no CUDA driver: " + driverLibrary + " does not load (" + firstReason(e.getMessage()) + ")");
            return Optional.empty();
        }
        try {
            return openDevice(options, why);
        } catch (LinkageError | RuntimeException e) {
            why.accept("CUDA unavailable: " + e.getClass().getSimpleName() + ": " + JnaCublas.oneLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /** The cards the driver sees (cuDeviceGetCount; CUDA_VISIBLE_DEVICES narrows them). */
    @Override
    public int deviceCount() {
        int[] count = new int[1];
        Cu.ok(cuDeviceGetCount(count), "cuDeviceGetCount");
        return count[0];
    }

    private static Optional<Backend> openDevice(BackendOptions options, Consumer<String> why) {
        JCudaDriver.setExceptionsEnabled(false);
        int rc = cuInit(0);
        if (rc != CUresult.CUDA_SUCCESS) {
            why.accept("no CUDA device answers: cuInit returned " + CUresult.stringFor(rc));
            return Optional.empty();
        }
        int[] count = new int[1];
        Cu.ok(cuDeviceGetCount(count), "cuDeviceGetCount");
        if (options.deviceIndex() < 0 || options.deviceIndex() >= count[0]) {
            why.accept("no CUDA device " + options.deviceIndex() + ": the driver sees " + count[0]);
            return Optional.empty();
        }
        int[] version = new int[1];
        Cu.ok(cuDriverGetVersion(version), "cuDriverGetVersion");
        CudaDevice device = new CudaDevice(options.deviceIndex(), options.memoryFraction());
        List<String> tried = new ArrayList<>();
        Optional<Blas> blas = BlasLoader.load(device.stream(), tried);
        if (blas.isEmpty()) {
            device.close();
            why.accept("no cuBLAS: " + String.join("; ", tried));
            return Optional.empty();
        }
        String cuda = version[0] / 1000 + "." + version[0] % 1000 / 10;
        return Optional.of(new CudaBackend(device, blas.get(), Telemetry.find(device.uuid()), cuda,
                NvidiaSmi.query(device.uuid()).map(QueryFacts::parse).orElse(QueryFacts.NONE),
                migInstance(options.deviceIndex(), device.uuid())));
    }

    /** The MIG instance the device is, where nvidia-smi -L lists one for it (read once, like nvidia-smi -q). */
    private static MigInstance migInstance(int index, String uuid) {
        return NvidiaSmi.print("-L").flatMap(listing -> MigLocator.locate(listing,
                System.getenv("CUDA_VISIBLE_DEVICES"), index, uuid, NvidiaSmi::print, NvidiaSmi::query)).orElse(null);
    }
}
