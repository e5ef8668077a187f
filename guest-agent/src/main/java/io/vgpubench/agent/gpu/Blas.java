package io.vgpubench.agent.gpu;

/**
 * cuBLAS as the agent uses it: C = A B, column-major, no transposes, alpha 1 and beta 0, on the
 * device's stream through cublasGemmEx. Bound either through JCublas (libcublas.so.12) or JNA.
 */
interface Blas extends AutoCloseable {

    /** Which library answered, e.g. "cuBLAS 130100 via JNA (/usr/local/cuda/lib64/libcublas.so.13)". */
    String description();

    /** Enqueues one GEMM; a non-success cuBLAS status becomes a {@link CudaError}. */
    void gemm(Precision p, int m, int n, int k, DeviceBuffer a, DeviceBuffer b, DeviceBuffer c);

    @Override
    void close();

    static String statusName(int status) {
        return switch (status) {
            case 0 -> "CUBLAS_STATUS_SUCCESS";
            case 1 -> "CUBLAS_STATUS_NOT_INITIALIZED";
            case 3 -> "CUBLAS_STATUS_ALLOC_FAILED";
            case 7 -> "CUBLAS_STATUS_INVALID_VALUE";
            case 8 -> "CUBLAS_STATUS_ARCH_MISMATCH";
            case 11 -> "CUBLAS_STATUS_MAPPING_ERROR";
            case 13 -> "CUBLAS_STATUS_EXECUTION_FAILED";
            case 14 -> "CUBLAS_STATUS_INTERNAL_ERROR";
            case 15 -> "CUBLAS_STATUS_NOT_SUPPORTED";
            case 16 -> "CUBLAS_STATUS_LICENSE_ERROR";
            default -> "cuBLAS status";
        };
    }

    static void ok(int status, String call) {
        if (status != 0) {
            throw new CudaError(call, status, statusName(status));
        }
    }
}
