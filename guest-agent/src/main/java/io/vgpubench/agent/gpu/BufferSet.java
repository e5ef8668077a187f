package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.WorkloadException;
import java.util.ArrayList;
import java.util.List;

/** The device buffers one workload owns, freed together, also when preparing it fails half-way. */
final class BufferSet implements AutoCloseable {
    private final CudaDevice device;
    private final List<DeviceBuffer> buffers = new ArrayList<>();

    private BufferSet(CudaDevice device) {
        this.device = device;
    }

    /** Builds a workload over a fresh buffer set, freeing what was allocated if building fails. */
    static <T> T build(CudaDevice device, String what, Builder<T> builder) throws WorkloadException {
        BufferSet set = new BufferSet(device);
        try {
            return Cu.guarded(what, () -> builder.build(set));
        } catch (WorkloadException | RuntimeException e) {
            set.close();
            throw e;
        }
    }

    DeviceBuffer allocate(long bytes, String what) throws WorkloadException {
        DeviceBuffer b = device.allocate(bytes, what);
        buffers.add(b);
        return b;
    }

    @Override
    public void close() {
        device.makeCurrent();
        for (int i = buffers.size() - 1; i >= 0; i--) {
            buffers.get(i).close();
        }
        buffers.clear();
    }

    /** Allocates into the set and returns the prepared workload. */
    @FunctionalInterface
    interface Builder<T> {
        T build(BufferSet set) throws WorkloadException;
    }
}
