package io.vgpubench.agent.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Picks the cuBLAS the guest has: JCublas where libcublas.so.12 loads, else a JNA binding (libcublas.so.13). */
final class BlasLoader {
    private BlasLoader() {}

    static Optional<Blas> load(DeviceStream stream, List<String> tried) {
        if (!"jna".equals(System.getenv("VGPU_CUBLAS_BINDING"))) {
            try {
                return Optional.of(new JCublasBlas(stream));
            } catch (LinkageError | CudaError e) {
                tried.add("JCublas (libcublas.so.12): " + JnaCublas.oneLine(e.getMessage()));
            }
        }
        return JnaCublas.load(stream, tried).map(b -> b);
    }

}
