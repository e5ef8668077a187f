package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.WorkloadException;

/**
 * Default sizes that fill the chip (8192-cube GEMM, 2 GiB copies, batch 64), scaled down to what the
 * memory cap leaves ({@link CudaBackend#defaults}); sizes the spec gives are kept as given and refused
 * by the memory budget if they do not fit.
 */
public final class Sizing {
    public static final int GEMM_EDGE = 8192;
    public static final long COPY_BYTES = 2L << 30;
    public static final long TRANSFER_BYTES = 256L << 20;
    public static final int VGG_BATCH = 64;
    /** Share of the available memory a default size may take, leaving room for cuBLAS's workspace. */
    static final double HEADROOM = 0.9;
    private static final int STEP = 256;

    private Sizing() {}

    /** The largest multiple of 256 up to 8192 whose three square matrices fit in {@code available}. */
    public static int gemmEdge(long available, Precision p) {
        int n = GEMM_EDGE;
        while (n > STEP && 3L * n * n * p.bytes() > available * HEADROOM) {
            n -= STEP;
        }
        return n;
    }

    /** Bytes per buffer of the device copy (source and destination both live on the device). */
    public static long copyBytes(long available) {
        return Math.max(1L << 20, Math.min(COPY_BYTES, floorMiB((long) (available * HEADROOM / 2))));
    }

    public static long transferBytes(long available) {
        return Math.max(1L << 20, Math.min(TRANSFER_BYTES, floorMiB((long) (available * HEADROOM))));
    }

    /** The largest batch up to 64 whose VGG-16 GEMM workspace fits in {@code available}. */
    public static int vggBatch(long available, Precision p) {
        int batch = VGG_BATCH;
        while (batch > 1 && VggWorkspace.of(batch, 1).bytes(p) > available * HEADROOM) {
            batch--;
        }
        return batch;
    }

    /** An optional parameter (e.g. "iterations", where 0 means sized to about a quarter second). */
    static long given(Parameters p, String key, long fallback) throws WorkloadException {
        return p.values().containsKey(key) ? p.longValue(key) : fallback;
    }

    static int positiveInt(long v, String key) throws WorkloadException {
        if (v <= 0 || v > Integer.MAX_VALUE) {
            throw new WorkloadException("parameter '" + key + "' must be a positive whole number below 2^31: " + v);
        }
        return (int) v;
    }

    private static long floorMiB(long bytes) {
        return bytes & ~((1L << 20) - 1);
    }
}
