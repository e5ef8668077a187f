package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.driver.JCudaDriver.cuModuleUnload;

import java.nio.charset.StandardCharsets;
import jcuda.Pointer;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;

/**
 * Long work queued on the device's stream: one thread that spins on the GPU's nanosecond timer, so
 * whatever is enqueued after it runs only once the spin ends, and whatever ignores the stream runs at once.
 */
final class StreamSpin implements AutoCloseable {
    static final String PTX = """
            .version 7.0
            .target sm_50
            .address_size 64

            .visible .entry vgpu_spin(.param .u64 vgpu_spin_ns)
            {
            \t.reg .pred %p<2>;
            \t.reg .b64 %rd<5>;
            \tld.param.u64 %rd1, [vgpu_spin_ns];
            \tmov.u64 %rd2, %globaltimer;
            \tadd.u64 %rd3, %rd2, %rd1;
            SPIN:
            \tmov.u64 %rd4, %globaltimer;
            \tsetp.lt.u64 %p1, %rd4, %rd3;
            \t@%p1 bra SPIN;
            \tret;
            }
            """;
    private final CudaDevice device;
    private final CUmodule module = new CUmodule();
    private final CUfunction spin = new CUfunction();

    StreamSpin(CudaDevice device) {
        this.device = device;
        device.makeCurrent();
        Cu.ok(cuModuleLoadData(module, (PTX + "\0").getBytes(StandardCharsets.US_ASCII)), "cuModuleLoadData");
        Cu.ok(cuModuleGetFunction(spin, module, "vgpu_spin"), "cuModuleGetFunction(vgpu_spin)");
    }

    /** Enqueues {@code millis} of spinning on the device's stream and returns at once. */
    void queue(long millis) {
        Pointer args = Pointer.to(Pointer.to(new long[] {millis * 1_000_000L}));
        Cu.ok(cuLaunchKernel(spin, 1, 1, 1, 1, 1, 1, 0, device.stream(), args, null), "cuLaunchKernel(vgpu_spin)");
    }

    @Override
    public void close() {
        device.makeCurrent();
        cuModuleUnload(module);
    }
}
