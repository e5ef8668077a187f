package io.vgpubench.agent.gpu;

import static jcuda.driver.JCudaDriver.cuMemFree;

import jcuda.driver.CUdeviceptr;

/**
 * One plain device allocation (cuMemAlloc, never managed memory) counted against the memory budget,
 * with its raw address for libraries bound outside JCuda (cuBLAS through JNA).
 */
final class DeviceBuffer extends CUdeviceptr implements AutoCloseable {
    private final long bytes;
    private final MemoryBudget budget;
    private boolean freed;

    DeviceBuffer(long bytes, MemoryBudget budget) {
        this.bytes = bytes;
        this.budget = budget;
    }

    long bytes() {
        return bytes;
    }

    long address() {
        return getNativePointer() + getByteOffset();
    }

    @Override
    public void close() {
        if (!freed) {
            freed = true;
            budget.release(bytes);
            Cu.ok(cuMemFree(this), "cuMemFree");
        }
    }
}
