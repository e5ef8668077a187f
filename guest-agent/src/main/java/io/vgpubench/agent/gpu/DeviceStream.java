package io.vgpubench.agent.gpu;

import jcuda.driver.CUstream;

/** A CUDA stream whose raw handle can be handed to cuBLAS bound through JNA. */
final class DeviceStream extends CUstream {
    long address() {
        return getNativePointer();
    }
}
