package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;

/** Device-memory bandwidth: device-to-device copies timed on the host clock, the next round queued behind ({@link Rounds}), bytes read plus written. */
final class MemcopyWorkload implements PreparedWorkload {
    static final int TILE = 64 << 20;
    private final CudaDevice device;
    private final BufferSet buffers;
    private final DeviceRounds rounds;
    private final DeviceBuffer src;
    private final DeviceBuffer dst;
    private final long bytes;
    private int iterations;
    private long seed = 7;
    private ByteBuffer tile;

    static MemcopyWorkload prepare(CudaDevice device, Parameters params) throws WorkloadException {
        long bytes = params.longValue("bytes");
        if (bytes <= 0) {
            throw new WorkloadException("parameter 'bytes' must be positive: " + bytes);
        }
        int iterations = (int) Sizing.given(params, "iterations", 0);
        String what = String.format(Locale.ROOT, "memcopy bytes=%d", bytes);
        device.budget().check(2 * bytes, what);
        return BufferSet.build(device, what, set -> new MemcopyWorkload(device, set, bytes, iterations));
    }

    private MemcopyWorkload(CudaDevice device, BufferSet buffers, long bytes, int iterations) throws WorkloadException {
        this.device = device;
        this.buffers = buffers;
        this.bytes = bytes;
        this.iterations = iterations;
        this.src = buffers.allocate(bytes, "memcopy source");
        this.dst = buffers.allocate(bytes, "memcopy destination");
        this.rounds = new DeviceRounds(device);
        fill();
    }

    private void fill() {
        tile = HostMatrices.random(Math.min(bytes, TILE) / 4, Precision.FP32, seed++);
        DeviceData.tile(device, src, tile);
    }

    private void copy() {
        DeviceData.copy(device, dst, src, bytes);
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        return Cu.guarded("memcopy", () -> {
            device.makeCurrent();
            if (iterations == 0) {
                iterations = device.calibrate(this::copy);
            }
            double ms = rounds.ms(this::copy, iterations);
            return List.of(new Measurement("bandwidth", 2.0 * bytes * iterations / (ms / 1e3) / 1e9, "GB/s", true));
        });
    }

    @Override
    public Verification verify() throws WorkloadException {
        return Cu.guarded("memcopy verification", () -> {
            device.makeCurrent();
            fill();
            DeviceData.poison(device, dst);
            copy();
            long at = DeviceData.firstMismatch(device, dst, tile);
            return new Verification(at < 0, at < 0 ? 0 : 1, 0, at < 0
                    ? "all " + bytes + " bytes of the copy match the random source"
                    : "copy differs from its source at byte " + at);
        });
    }

    @Override
    public int queuedAhead() {
        return rounds.queuedAhead();
    }

    @Override
    public void drain() throws WorkloadException {
        rounds.drain("memcopy");
    }

    @Override
    public void close() {
        rounds.closeWith(buffers);
    }
}
