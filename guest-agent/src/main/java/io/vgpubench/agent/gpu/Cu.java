package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.WorkloadException;
import jcuda.driver.CUresult;

/** Checks every CUDA driver return code: anything but CUDA_SUCCESS becomes a {@link CudaError} naming the call. */
final class Cu {
    static final int OUT_OF_MEMORY = CUresult.CUDA_ERROR_OUT_OF_MEMORY;

    private Cu() {}

    static void ok(int rc, String call) {
        if (rc != CUresult.CUDA_SUCCESS) {
            throw new CudaError(call, rc, CUresult.stringFor(rc));
        }
    }

    /** Runs device work, turning a failed CUDA or cuBLAS call into the workload's checked error. */
    static <T> T guarded(String what, DeviceWork<T> work) throws WorkloadException {
        try {
            return work.run();
        } catch (CudaError e) {
            throw new WorkloadException(what + ": " + e.getMessage(), e);
        }
    }

    /** Device work that may fail with a {@link CudaError} or a {@link WorkloadException}. */
    @FunctionalInterface
    interface DeviceWork<T> {
        T run() throws WorkloadException;
    }
}
