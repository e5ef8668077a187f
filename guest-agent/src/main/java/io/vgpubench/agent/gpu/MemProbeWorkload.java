package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.*;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The device-memory probe (the study's trap: a vGPU that reports more than it has). Reads what the
 * driver reports, then allocates plain device memory (cuMemAlloc, never managed memory) chunk by chunk,
 * halving the chunk when refused down to 2 MiB, writes a distinct pattern into each chunk and reads its
 * last word back, then frees everything. Stays within the memory cap.
 */
final class MemProbeWorkload implements PreparedWorkload {
    static final long MIN_CHUNK = 2L << 20;
    private final CudaDevice device;
    private final long chunk;
    private final LongConsumer onAllocatable;
    private String lastProblem = "no probe has run";

    static MemProbeWorkload prepare(CudaDevice device, Parameters params, LongConsumer onAllocatable)
            throws WorkloadException {
        long chunkMb = params.longValue("chunk_mb");
        if (chunkMb < 2) {
            throw new WorkloadException("parameter 'chunk_mb' must be at least 2: " + chunkMb);
        }
        return new MemProbeWorkload(device, chunkMb << 20, onAllocatable);
    }

    private MemProbeWorkload(CudaDevice device, long chunk, LongConsumer onAllocatable) {
        this.device = device;
        this.chunk = chunk;
        this.onAllocatable = onAllocatable;
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        return Cu.guarded("memprobe", () -> {
            device.makeCurrent();
            long t0 = System.nanoTime();
            long[] info = device.memInfo();
            long capLeft = device.budget().available();
            List<DeviceBuffer> held = new ArrayList<>();
            long allocated = 0;
            try {
                long size = chunk;
                while (size >= MIN_CHUNK) {
                    if (allocated + size > capLeft) {
                        size /= 2;
                        continue;
                    }
                    DeviceBuffer b = new DeviceBuffer(size, device.budget());
                    device.budget().reserve(size, "memprobe chunk");
                    int rc = cuMemAlloc(b, size);
                    if (rc == Cu.OUT_OF_MEMORY) {
                        device.budget().release(size);
                        size /= 2;
                        continue;
                    }
                    Cu.ok(rc, "cuMemAlloc");
                    held.add(b);
                    allocated += size;
                    DeviceData.fill(device, b, pattern(held.size()));
                }
                lastProblem = readBack(device, held);
            } finally {
                for (DeviceBuffer b : held) {
                    b.close();
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            onAllocatable.accept(allocated);
            long expected = Math.min(info[0], capLeft);
            return List.of(
                    new Measurement("reported_free", info[0], "bytes", true),
                    new Measurement("reported_total", info[1], "bytes", true),
                    new Measurement("allocatable", allocated, "bytes", true),
                    new Measurement("shortfall_pct", 100.0 * (expected - allocated) / expected, "%", false),
                    new Measurement("probe_seconds", seconds, "s", false));
        });
    }

    private static int pattern(int index) {
        return 0x5A000000 | index;
    }

    /** Null if the last word of every chunk holds its pattern, else what was found. */
    private static String readBack(CudaDevice device, List<DeviceBuffer> held) {
        for (int i = 0; i < held.size(); i++) {
            DeviceBuffer b = held.get(i);
            int word = DeviceData.readInt(device, b, b.bytes() - 4);
            if (word != pattern(i + 1)) {
                return String.format("chunk %d of %d bytes holds %08x at its end, expected %08x",
                        i + 1, b.bytes(), word, pattern(i + 1));
            }
        }
        return held.isEmpty() ? "not a single chunk could be allocated" : null;
    }

    @Override
    public Verification verify() throws WorkloadException {
        if ("no probe has run".equals(lastProblem)) {
            measure();
        }
        boolean ok = lastProblem == null;
        return new Verification(ok, ok ? 0 : 1, 0, ok ? "every allocated chunk was written and read back" : lastProblem);
    }

    @Override
    public void close() {
        // the probe frees what it allocates within each repetition
    }
}
