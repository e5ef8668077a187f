package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.cuMemAllocHost;
import static jcuda.driver.JCudaDriver.cuMemFreeHost;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import jcuda.Pointer;

/**
 * Host-device transfer bandwidth, one direction, from pinned (cuMemAllocHost) or pageable host memory.
 * Pinned copies are enqueued back to back on the device's stream and timed on the host clock (CudaDevice.timeMs);
 * pageable copies, which the driver stages through its own pinned buffers, are synchronous driver
 * copies fenced against the stream ({@link DeviceData#pageableToDevice}), timed on the host clock.
 */
final class TransferWorkload implements PreparedWorkload {
    private final CudaDevice device;
    private final BufferSet buffers;
    private final DeviceBuffer deviceBuffer;
    private final Pointer host;
    private final ByteBuffer hostView;
    private final boolean pinned;
    private final boolean toDevice;
    private final long bytes;
    private int iterations;
    private long seed = 11;

    static TransferWorkload prepare(CudaDevice device, Parameters params) throws WorkloadException {
        long bytes = params.longValue("bytes");
        Sizing.positiveInt(bytes, "bytes");
        String direction = params.string("direction");
        String memory = params.string("memory");
        if (!direction.equals("h2d") && !direction.equals("d2h")) {
            throw new WorkloadException("parameter 'direction' must be h2d or d2h: " + direction);
        }
        if (!memory.equals("pinned") && !memory.equals("pageable")) {
            throw new WorkloadException("parameter 'memory' must be pinned or pageable: " + memory);
        }
        int iterations = (int) Sizing.given(params, "iterations", 0);
        String what = String.format(Locale.ROOT, "transfer %s %s bytes=%d", direction, memory, bytes);
        device.budget().check(bytes, what);
        return BufferSet.build(device, what, set -> new TransferWorkload(device, set, bytes,
                memory.equals("pinned"), direction.equals("h2d"), iterations));
    }

    private TransferWorkload(CudaDevice device, BufferSet buffers, long bytes, boolean pinned, boolean toDevice,
            int iterations) throws WorkloadException {
        this.device = device;
        this.buffers = buffers;
        this.bytes = bytes;
        this.pinned = pinned;
        this.toDevice = toDevice;
        this.iterations = iterations;
        this.deviceBuffer = buffers.allocate(bytes, "transfer device buffer");
        if (pinned) {
            host = new Pointer();
            Cu.ok(cuMemAllocHost(host, bytes), "cuMemAllocHost");
            hostView = host.getByteBuffer(0, bytes).order(ByteOrder.LITTLE_ENDIAN);
        } else {
            hostView = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
            host = Pointer.to(hostView);
        }
        hostView.put(HostMatrices.random(bytes / 4, Precision.FP32, seed)).clear();
    }

    private void transfer() {
        if (pinned && toDevice) {
            DeviceData.toDevice(device, deviceBuffer, host, bytes);
        } else if (pinned) {
            DeviceData.toHost(device, host, deviceBuffer, bytes);
        } else if (toDevice) {
            DeviceData.pageableToDevice(device, deviceBuffer, host, bytes);
        } else {
            DeviceData.pageableToHost(device, host, deviceBuffer, bytes);
        }
    }

    private double timeMs(int times) {
        if (pinned) {
            return device.timeMs(this::transfer, times);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < times; i++) {
            transfer();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        return Cu.guarded("transfer", () -> {
            device.makeCurrent();
            if (iterations == 0) {
                timeMs(1);
                iterations = Repeats.forTarget(timeMs(Repeats.PROBE) / Repeats.PROBE);
            }
            double ms = timeMs(iterations);
            return List.of(new Measurement("bandwidth", (double) bytes * iterations / (ms / 1e3) / 1e9, "GB/s", true));
        });
    }

    /** Round trip on fresh random data: up to the device and back into poisoned host memory, compared byte for byte. */
    @Override
    public Verification verify() throws WorkloadException {
        return Cu.guarded("transfer verification", () -> {
            device.makeCurrent();
            ByteBuffer expected = HostMatrices.random(bytes / 4, Precision.FP32, ++seed);
            hostView.clear();
            hostView.put(expected.duplicate().clear()).clear();
            DeviceData.toDevice(device, deviceBuffer, host, bytes);
            device.synchronize();
            for (int i = 0; i + 8 <= bytes; i += 8) {
                hostView.putLong(i, -1L);
            }
            DeviceData.toHost(device, host, deviceBuffer, bytes);
            device.synchronize();
            int at = hostView.duplicate().clear().limit((int) (bytes / 4 * 4)).mismatch(expected.duplicate().clear());
            return new Verification(at < 0, at < 0 ? 0 : 1, 0, at < 0
                    ? "round trip of " + bytes + " random bytes matches"
                    : "round trip differs at byte " + at);
        });
    }

    @Override
    public void close() {
        device.makeCurrent();
        if (pinned) {
            cuMemFreeHost(host);
        }
        buffers.close();
    }
}
