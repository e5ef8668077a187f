package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemsetD8;

import java.nio.ByteBuffer;
import jcuda.Pointer;

/** Moves data between host buffers and device buffers: uploads, tiled fills, read-backs, poison. */
final class DeviceData {
    private DeviceData() {}

    static void upload(DeviceBuffer dst, ByteBuffer src) {
        Cu.ok(cuMemcpyHtoD(dst, Pointer.to(src), src.capacity()), "cuMemcpyHtoD");
    }

    /** Fills all of {@code dst} with copies of {@code block} (random data without a 2 GiB host buffer). */
    static void tile(DeviceBuffer dst, ByteBuffer block) {
        long size = block.capacity();
        for (long off = 0; off < dst.bytes(); off += size) {
            Cu.ok(cuMemcpyHtoD(dst.withByteOffset(off), Pointer.to(block), Math.min(size, dst.bytes() - off)),
                    "cuMemcpyHtoD");
        }
    }

    /** Sets every byte to 0xFF, a NaN in every float type, so an unwritten result cannot pass a check. */
    static void poison(DeviceBuffer b) {
        Cu.ok(cuMemsetD8(b, (byte) 0xff, b.bytes()), "cuMemsetD8");
    }

    static ByteBuffer readBack(DeviceBuffer src, long elements, Precision p) {
        ByteBuffer host = HostMatrices.allocate(elements, p);
        Cu.ok(cuMemcpyDtoH(Pointer.to(host), src, (long) host.capacity()), "cuMemcpyDtoH");
        return host;
    }

    /** The byte offset where {@code src}, read back tile by tile, first differs from copies of {@code block}; -1 if nowhere. */
    static long firstMismatch(DeviceBuffer src, ByteBuffer block) {
        long size = block.capacity();
        ByteBuffer host = ByteBuffer.allocateDirect((int) size);
        for (long off = 0; off < src.bytes(); off += size) {
            int len = (int) Math.min(size, src.bytes() - off);
            Cu.ok(cuMemcpyDtoH(Pointer.to(host), src.withByteOffset(off), len), "cuMemcpyDtoH");
            int at = host.duplicate().limit(len).mismatch(block.duplicate().limit(len));
            if (at >= 0) {
                return off + at;
            }
        }
        return -1;
    }
}
