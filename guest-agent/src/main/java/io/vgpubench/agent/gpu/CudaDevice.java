package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.*;

import io.vgpubench.agent.backend.WorkloadException;
import java.nio.charset.StandardCharsets;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUstream_flags;
import jcuda.driver.CUuuid;

/**
 * One CUDA device in use: its primary context (shared with cuBLAS), one stream for all of its work, a
 * host clock for timing, and the memory budget every allocation goes through. The stream is
 * non-blocking, so it never waits for the legacy default stream, nor that for it: kernels, cuBLAS (bound
 * at its creation) and every copy and fill ({@link DeviceData}) are enqueued on this stream, in order.
 */
final class CudaDevice implements AutoCloseable {
    private final CUdevice device = new CUdevice();
    private final CUcontext context = new CUcontext();
    private final DeviceStream stream = new DeviceStream();
    private final MemoryBudget budget;
    private final String name;
    private final String uuid;

    CudaDevice(int index, double memoryFraction) {
        Cu.ok(cuDeviceGet(device, index), "cuDeviceGet(" + index + ")");
        Cu.ok(cuDevicePrimaryCtxRetain(context, device), "cuDevicePrimaryCtxRetain");
        makeCurrent();
        Cu.ok(cuStreamCreate(stream, CUstream_flags.CU_STREAM_NON_BLOCKING), "cuStreamCreate");
        byte[] raw = new byte[256];
        Cu.ok(cuDeviceGetName(raw, raw.length, device), "cuDeviceGetName");
        name = new String(raw, StandardCharsets.US_ASCII).trim().replace("\0", "");
        CUuuid id = new CUuuid();
        Cu.ok(cuDeviceGetUuid(id, device), "cuDeviceGetUuid");
        uuid = formatUuid(id.bytes);
        budget = new MemoryBudget(memInfo()[1], memoryFraction);
    }

    /** Binds the context to the calling thread; every entry point calls it, so any thread may drive the device. */
    void makeCurrent() {
        Cu.ok(cuCtxSetCurrent(context), "cuCtxSetCurrent");
    }

    String name() {
        return name;
    }

    /** "GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", as nvidia-smi writes it. */
    String uuid() {
        return uuid;
    }

    DeviceStream stream() {
        return stream;
    }

    MemoryBudget budget() {
        return budget;
    }

    /** {free, total} bytes as the driver reports them. */
    long[] memInfo() {
        long[] free = new long[1];
        long[] total = new long[1];
        Cu.ok(cuMemGetInfo(free, total), "cuMemGetInfo");
        return new long[] {free[0], total[0]};
    }

    int attribute(int attribute) {
        int[] v = new int[1];
        Cu.ok(cuDeviceGetAttribute(v, attribute, device), "cuDeviceGetAttribute(" + attribute + ")");
        return v[0];
    }

    /** The SM clock's maximum in MHz as CUDA reports it (CU_DEVICE_ATTRIBUTE_CLOCK_RATE is in kHz). */
    int smClockMaxMhz() {
        return attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_CLOCK_RATE) / 1000;
    }

    /** A device allocation of {@code bytes} for {@code what}, refused with a clear message above the cap. */
    DeviceBuffer allocate(long bytes, String what) throws WorkloadException {
        budget.reserve(bytes, what);
        DeviceBuffer b = new DeviceBuffer(bytes, budget);
        int rc = cuMemAlloc(b, bytes);
        if (rc != 0) {
            budget.release(bytes);
            throw new WorkloadException(what + ": cuMemAlloc of " + MemoryBudget.gib(bytes) + " failed: "
                    + jcuda.driver.CUresult.stringFor(rc));
        }
        return b;
    }

    /** Waits until the stream has run everything enqueued on it. */
    void synchronize() {
        Cu.ok(cuStreamSynchronize(stream), "cuStreamSynchronize");
    }

    /**
     * Milliseconds {@code work} took, on the host's clock from its first enqueue (on an idle stream) to the stream
     * having run it. Not between two CUDA events: an event's timestamp is taken when the card runs this context, so on
     * a time-sliced card the wait for the context's next time slice at the start of every round fell outside the
     * round, and a co-tenant's rate came out above what the card gave it (on the H200 of 2026-12-02, with 4 tasks
     * and 50 ms rounds, 5% for bf16 GEMM and 9% for fp64 above PyTorch, whose rounds were five times longer). Alone,
     * the host clock adds the first launch and the wake-up from the synchronize, tens of microseconds a round.
     */
    double timeMs(Runnable work) {
        synchronize();
        long t0 = System.nanoTime();
        work.run();
        synchronize();
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * Back-to-back operations per repetition so one lasts about {@link Repeats#TARGET_MS}: one untimed
     * operation (first-call costs such as cuBLAS's kernel choice), then a few timed.
     */
    int calibrate(Runnable op) {
        op.run();
        synchronize();
        return Repeats.forTarget(timeMs(op, Repeats.PROBE) / Repeats.PROBE);
    }

    /** Milliseconds {@code times} back-to-back runs of {@code op} took ({@link #timeMs(Runnable)}). */
    double timeMs(Runnable op, int times) {
        return timeMs(() -> {
            for (int i = 0; i < times; i++) {
                op.run();
            }
        });
    }

    static String formatUuid(byte[] b) {
        StringBuilder s = new StringBuilder("GPU-");
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                s.append('-');
            }
            s.append(String.format("%02x", b[i] & 0xff));
        }
        return s.toString();
    }

    @Override
    public void close() {
        makeCurrent();
        cuStreamDestroy(stream);
        cuDevicePrimaryCtxRelease(device);
    }
}
