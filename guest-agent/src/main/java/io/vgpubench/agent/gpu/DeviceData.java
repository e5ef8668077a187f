package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoDAsync;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoHAsync;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoDAsync;
import static jcuda.driver.JCudaDriver.cuMemsetD32Async;
import static jcuda.driver.JCudaDriver.cuMemsetD8Async;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.IntSupplier;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;

/**
 * Every copy and fill of device memory a workload makes, each enqueued on the device's one stream, so
 * it is ordered with the kernels and cuBLAS calls there: never on the legacy default stream, which
 * does not wait for the device's non-blocking stream nor it for the legacy one. Calls that take a host
 * buffer or give one back return once the stream has passed them, so the caller may read, reuse or drop
 * that buffer; the others only enqueue. The one exception is the synchronous pageable copy the transfer
 * workload times ({@link #pageableToDevice}), fenced on both sides.
 */
final class DeviceData {
    private DeviceData() {}

    /** Copies all of {@code src} to the start of {@code dst}; returns once it is on the device. */
    static void upload(CudaDevice device, DeviceBuffer dst, ByteBuffer src) {
        toDevice(device, dst, Pointer.to(src), src.capacity());
        device.synchronize();
    }

    /** Fills all of {@code dst} with copies of {@code block} (random data without a 2 GiB host buffer); returns once done. */
    static void tile(CudaDevice device, DeviceBuffer dst, ByteBuffer block) {
        long size = block.capacity();
        for (long off = 0; off < dst.bytes(); off += size) {
            toDevice(device, dst.withByteOffset(off), Pointer.to(block), Math.min(size, dst.bytes() - off));
        }
        device.synchronize();
    }

    /** Enqueues setting every byte to 0xFF, a NaN in every float type, so an unwritten result cannot pass a check. */
    static void poison(CudaDevice device, DeviceBuffer b) {
        Cu.ok(cuMemsetD8Async(b, (byte) 0xff, b.bytes(), device.stream()), "cuMemsetD8Async");
    }

    /** Enqueues setting every 32-bit word of {@code b} to {@code value}. */
    static void fill(CudaDevice device, DeviceBuffer b, int value) {
        Cu.ok(cuMemsetD32Async(b, value, b.bytes() / 4, device.stream()), "cuMemsetD32Async");
    }

    /** Enqueues a device-to-device copy of {@code bytes}. */
    static void copy(CudaDevice device, DeviceBuffer dst, DeviceBuffer src, long bytes) {
        Cu.ok(cuMemcpyDtoDAsync(dst, src, bytes, device.stream()), "cuMemcpyDtoDAsync");
    }

    /**
     * Enqueues a copy of {@code bytes} from host memory to the device. The host memory (a direct buffer or
     * pinned memory, never a Java array the GC may move) must stay alive and unchanged until the stream
     * has passed the copy: memory the caller owns, or a synchronize before the caller lets go of it.
     */
    static void toDevice(CudaDevice device, CUdeviceptr dst, Pointer host, long bytes) {
        Cu.ok(cuMemcpyHtoDAsync(dst, host, bytes, device.stream()), "cuMemcpyHtoDAsync");
    }

    /** Enqueues a copy of {@code bytes} from the device to host memory, which holds them once the stream has passed it. */
    static void toHost(CudaDevice device, Pointer host, CUdeviceptr src, long bytes) {
        Cu.ok(cuMemcpyDtoHAsync(host, src, bytes, device.stream()), "cuMemcpyDtoHAsync");
    }

    /**
     * Copies {@code bytes} from pageable host memory with the synchronous driver call (cuMemcpyHtoD) and
     * returns once they are on the device: what the pageable transfer workload times, since the driver
     * moves pageable memory faster this way than through cuMemcpyHtoDAsync on the non-blocking stream
     * (H200, 2026-12-01: 7.6 against 6.1 GB/s). The driver runs it on the legacy default stream, which is
     * not ordered with the device's stream, so it is fenced: the device's stream drained before, the
     * context synchronized after.
     */
    static void pageableToDevice(CudaDevice device, CUdeviceptr dst, Pointer host, long bytes) {
        fencedOnLegacyStream(device, () -> cuMemcpyHtoD(dst, host, bytes), "cuMemcpyHtoD");
    }

    /** The other direction of {@link #pageableToDevice} (cuMemcpyDtoH: 13.7 against 9.2 GB/s), fenced the same way. */
    static void pageableToHost(CudaDevice device, Pointer host, CUdeviceptr src, long bytes) {
        fencedOnLegacyStream(device, () -> cuMemcpyDtoH(host, src, bytes), "cuMemcpyDtoH");
    }

    private static void fencedOnLegacyStream(CudaDevice device, IntSupplier call, String name) {
        device.synchronize();
        Cu.ok(call.getAsInt(), name);
        Cu.ok(cuCtxSynchronize(), "cuCtxSynchronize");
    }

    /** Copies the start of {@code src} into all of {@code dst}; returns once {@code dst} holds it. */
    static void download(CudaDevice device, ByteBuffer dst, DeviceBuffer src) {
        toHost(device, Pointer.to(dst), src, dst.capacity());
        device.synchronize();
    }

    /** The first {@code elements} of {@code src} in a fresh host buffer, after everything queued before. */
    static ByteBuffer readBack(CudaDevice device, DeviceBuffer src, long elements, Precision p) {
        ByteBuffer host = HostMatrices.allocate(elements, p);
        download(device, host, src);
        return host;
    }

    /** The 32-bit word at {@code byteOffset} of {@code src}, after everything queued before. */
    static int readInt(CudaDevice device, DeviceBuffer src, long byteOffset) {
        ByteBuffer word = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
        toHost(device, Pointer.to(word), src.withByteOffset(byteOffset), 4);
        device.synchronize();
        return word.getInt(0);
    }

    /** The byte offset where {@code src}, read back tile by tile, first differs from copies of {@code block}; -1 if nowhere. */
    static long firstMismatch(CudaDevice device, DeviceBuffer src, ByteBuffer block) {
        long size = block.capacity();
        ByteBuffer host = ByteBuffer.allocateDirect((int) size);
        for (long off = 0; off < src.bytes(); off += size) {
            int len = (int) Math.min(size, src.bytes() - off);
            toHost(device, Pointer.to(host), src.withByteOffset(off), len);
            device.synchronize();
            int at = host.duplicate().limit(len).mismatch(block.duplicate().limit(len));
            if (at >= 0) {
                return off + at;
            }
        }
        return -1;
    }
}
