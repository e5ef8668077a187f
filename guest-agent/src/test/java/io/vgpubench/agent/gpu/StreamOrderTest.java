package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuInit;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoDAsync;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemsetD8Async;
import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import jcuda.Pointer;
import jcuda.driver.JCudaDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a machine with a GPU: every device operation of the workloads is ordered on the device's one
 * stream. Each test queues {@value #SPIN_MS} ms of spinning on the stream, then a copy (or a poison)
 * on the stream, then the operation under test: an operation that goes to any other stream (the
 * legacy default stream does not wait for a non-blocking one) runs before the copy instead of after
 * it, every time, and the check fails. The checks read the device only after cuCtxSynchronize, which
 * waits for every stream. Run on the device machine by bench/gpu-tests.sh; surefire leaves it out.
 */
@Tag("gpu")
class StreamOrderTest {
    private static final long SPIN_MS = 300;
    private static final int BYTES = 64 << 20;
    private static CudaDevice device;
    private static StreamSpin spin;
    private final List<DeviceBuffer> buffers = new ArrayList<>();

    @BeforeAll
    static void open() {
        JCudaDriver.setExceptionsEnabled(false);
        Cu.ok(cuInit(0), "cuInit");
        device = new CudaDevice(0, 0.05);
        spin = new StreamSpin(device);
    }

    @AfterAll
    static void close() {
        if (spin != null) {
            spin.close();
        }
        if (device != null) {
            device.close();
        }
    }

    @AfterEach
    void free() {
        Cu.ok(cuCtxSynchronize(), "cuCtxSynchronize");
        buffers.forEach(DeviceBuffer::close);
    }

    @Test
    void aPoisonLandsAfterTheWriteQueuedBeforeIt() {
        DeviceBuffer x = buffer(random(BYTES, 1));
        DeviceBuffer y = buffer(random(BYTES, 2));
        spin.queue(SPIN_MS);
        copyOnStream(x, y);
        DeviceData.poison(device, x);
        assertThat(contents(x).mismatch(filled(BYTES, (byte) 0xff))).as("first byte of x not poisoned").isEqualTo(-1);
    }

    @Test
    void anUploadLandsAfterTheReadQueuedBeforeIt() {
        ByteBuffer before = random(BYTES, 3);
        ByteBuffer after = random(BYTES, 4);
        DeviceBuffer x = buffer(filled(BYTES, (byte) 0));
        DeviceBuffer y = buffer(before);
        spin.queue(SPIN_MS);
        copyOnStream(x, y);
        DeviceData.upload(device, y, after);
        assertThat(contents(x).mismatch(before)).as("first byte where the copy read the upload").isEqualTo(-1);
        assertThat(contents(y).mismatch(after)).as("first byte the upload did not write").isEqualTo(-1);
    }

    @Test
    void aTiledFillLandsAfterTheReadQueuedBeforeIt() {
        ByteBuffer before = random(BYTES, 5);
        ByteBuffer block = random(BYTES / 16, 6);
        DeviceBuffer x = buffer(filled(BYTES, (byte) 0));
        DeviceBuffer y = buffer(before);
        spin.queue(SPIN_MS);
        copyOnStream(x, y);
        DeviceData.tile(device, y, block);
        assertThat(contents(x).mismatch(before)).as("first byte where the copy read the fill").isEqualTo(-1);
    }

    @Test
    void aReadBackSeesTheWriteQueuedBeforeIt() {
        ByteBuffer written = random(BYTES, 7);
        DeviceBuffer x = buffer(filled(BYTES, (byte) 0));
        DeviceBuffer y = buffer(written);
        spin.queue(SPIN_MS);
        copyOnStream(x, y);
        ByteBuffer back = DeviceData.readBack(device, x, BYTES / 4, Precision.FP32);
        assertThat(back.mismatch(written)).as("first byte read back before the write").isEqualTo(-1);
    }

    @Test
    void aTiledCompareSeesTheWriteQueuedBeforeIt() {
        ByteBuffer block = random(BYTES / 16, 8);
        DeviceBuffer x = buffer(filled(BYTES, (byte) 0));
        DeviceBuffer y = buffer(filled(BYTES, (byte) 0));
        DeviceData.tile(device, y, block);
        Cu.ok(cuCtxSynchronize(), "cuCtxSynchronize");
        spin.queue(SPIN_MS);
        copyOnStream(x, y);
        assertThat(DeviceData.firstMismatch(device, x, block)).as("first byte compared before the write").isEqualTo(-1);
    }

    @Test
    void aPageableUploadLandsAfterTheReadQueuedBeforeIt() {
        ByteBuffer before = random(BYTES, 12);
        ByteBuffer after = random(BYTES, 13);
        DeviceBuffer x = buffer(filled(BYTES, (byte) 0));
        DeviceBuffer y = buffer(before);
        spin.queue(SPIN_MS);
        copyOnStream(x, y);
        DeviceData.pageableToDevice(device, y, Pointer.to(after), BYTES);
        assertThat(contents(x).mismatch(before)).as("first byte where the copy read the pageable upload").isEqualTo(-1);
        assertThat(contents(y).mismatch(after)).as("first byte the pageable upload did not write").isEqualTo(-1);
    }

    @Test
    void aPageableDownloadSeesTheWriteQueuedBeforeIt() {
        ByteBuffer written = random(BYTES, 14);
        DeviceBuffer x = buffer(filled(BYTES, (byte) 0));
        DeviceBuffer y = buffer(written);
        spin.queue(SPIN_MS);
        copyOnStream(x, y);
        ByteBuffer back = ByteBuffer.allocateDirect(BYTES);
        DeviceData.pageableToHost(device, Pointer.to(back), x, BYTES);
        assertThat(back.mismatch(written)).as("first byte read back before the write").isEqualTo(-1);
    }

    /** cuBLAS is bound to the device's stream: a GEMM queued after a poison of its output overwrites it. */
    @Test
    void aGemmRunsAfterThePoisonQueuedBeforeIt() {
        int m = 256;
        int n = 192;
        int k = 128;
        Precision p = Precision.FP64;
        ByteBuffer a = HostMatrices.random((long) m * k, p, 9);
        ByteBuffer b = HostMatrices.random((long) k * n, p, 10);
        DeviceBuffer da = buffer(a);
        DeviceBuffer db = buffer(b);
        DeviceBuffer dc = buffer(filled(m * n * p.bytes(), (byte) 0));
        List<String> tried = new ArrayList<>();
        try (Blas blas = BlasLoader.load(device.stream(), tried).orElseThrow(() -> new AssertionError(tried))) {
            spin.queue(SPIN_MS);
            Cu.ok(cuMemsetD8Async(dc, (byte) 0xff, dc.bytes(), device.stream()), "cuMemsetD8Async");
            blas.gemm(p, m, n, k, da, db, dc);
            ByteBuffer c = contents(dc);
            Verification v = Freivalds.check(p, m, n, k, a, b, c, 11);
            assertThat(v.passed()).as(blas.description() + ": " + v.detail()).isTrue();
        }
    }

    private static void copyOnStream(DeviceBuffer dst, DeviceBuffer src) {
        Cu.ok(cuMemcpyDtoDAsync(dst, src, src.bytes(), device.stream()), "cuMemcpyDtoDAsync");
    }

    /** A device buffer holding {@code data}, written and synchronized before the test queues anything. */
    private DeviceBuffer buffer(ByteBuffer data) {
        try {
            DeviceBuffer b = device.allocate(data.capacity(), "test buffer");
            buffers.add(b);
            Cu.ok(cuMemcpyHtoD(b, Pointer.to(data), data.capacity()), "cuMemcpyHtoD");
            Cu.ok(cuCtxSynchronize(), "cuCtxSynchronize");
            return b;
        } catch (WorkloadException e) {
            throw new AssertionError(e);
        }
    }

    /** What {@code b} holds once every stream of the context is done, little-endian like the device. */
    private static ByteBuffer contents(DeviceBuffer b) {
        Cu.ok(cuCtxSynchronize(), "cuCtxSynchronize");
        ByteBuffer host = ByteBuffer.allocateDirect((int) b.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        Cu.ok(cuMemcpyDtoH(Pointer.to(host), b, b.bytes()), "cuMemcpyDtoH");
        return host;
    }

    private static ByteBuffer random(int bytes, long seed) {
        return HostMatrices.random(bytes / 4, Precision.FP32, seed);
    }

    private static ByteBuffer filled(int bytes, byte value) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes);
        for (int i = 0; i < bytes; i++) {
            b.put(i, value);
        }
        return b;
    }
}
