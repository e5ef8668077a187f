package io.vgpubench.agent.gpu;

import jcuda.Pointer;
import jcuda.jcublas.JCublas2;
import jcuda.jcublas.cublasHandle;
import jcuda.runtime.cudaStream_t;

/** cuBLAS through JCublas 12.6, which loads where the guest has libcublas.so.12. */
final class JCublasBlas implements Blas {
    private final cublasHandle handle = new cublasHandle();
    private final String description;

    /** Throws a LinkageError when JCublas's natives or libcublas.so.12 do not load. */
    JCublasBlas(DeviceStream stream) {
        JCublas2.setExceptionsEnabled(false);
        JCublas2.initialize();
        Blas.ok(JCublas2.cublasCreate(handle), "cublasCreate");
        Blas.ok(JCublas2.cublasSetStream(handle, new cudaStream_t(stream)), "cublasSetStream");
        int[] v = new int[1];
        Blas.ok(JCublas2.cublasGetVersion(handle, v), "cublasGetVersion");
        description = "cuBLAS " + v[0] + " via JCublas";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void gemm(Precision p, int m, int n, int k, DeviceBuffer a, DeviceBuffer b, DeviceBuffer c) {
        Pointer alpha = p.doubleScalars() ? Pointer.to(new double[] {1}) : Pointer.to(new float[] {1});
        Pointer beta = p.doubleScalars() ? Pointer.to(new double[] {0}) : Pointer.to(new float[] {0});
        int t = p.cudaDataType();
        Blas.ok(JCublas2.cublasGemmEx(handle, 0, 0, m, n, k, alpha, a, t, m, b, t, k, beta, c, t, m,
                p.cublasComputeType(), -1), "cublasGemmEx(" + p.label() + ")");
    }

    @Override
    public void close() {
        JCublas2.cublasDestroy(handle);
    }
}
