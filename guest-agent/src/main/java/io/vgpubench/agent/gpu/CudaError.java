package io.vgpubench.agent.gpu;

/** A CUDA driver or cuBLAS call that returned an error code; the message names the call and the code. */
final class CudaError extends RuntimeException {
    private final int code;

    CudaError(String call, int code, String codeName) {
        super(call + " failed: " + codeName + " (" + code + ")");
        this.code = code;
    }

    int code() {
        return code;
    }
}
