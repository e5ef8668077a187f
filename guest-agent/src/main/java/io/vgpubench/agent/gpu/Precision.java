package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.WorkloadException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A GEMM precision: storage type, cuBLAS data and compute type, and the relative-error bound its
 * result must meet against a float64 reference. TF32 stores float32 and computes with
 * CUBLAS_COMPUTE_32F_FAST_TF32; BF16 and FP16 accumulate in float32 (as PyTorch does).
 */
public enum Precision {
    FP64(8, 1, 70, 1e-12),
    FP32(4, 0, 68, 5e-5),
    TF32(4, 0, 77, 5e-3),
    BF16(2, 14, 68, 1.5e-2),
    FP16(2, 2, 68, 3e-3);

    private final int bytes;
    private final int cudaDataType;
    private final int cublasComputeType;
    private final double bound;

    Precision(int bytes, int cudaDataType, int cublasComputeType, double bound) {
        this.bytes = bytes;
        this.cudaDataType = cudaDataType;
        this.cublasComputeType = cublasComputeType;
        this.bound = bound;
    }

    public static Precision parse(String name) throws WorkloadException {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WorkloadException("unknown precision '" + name + "'; use one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int bytes() {
        return bytes;
    }

    int cudaDataType() {
        return cudaDataType;
    }

    int cublasComputeType() {
        return cublasComputeType;
    }

    /** The bound on ||result - reference|| / ||reference|| for this precision. */
    public double bound() {
        return bound;
    }

    /** True when alpha and beta are passed to cuBLAS as doubles (FP64), else as floats. */
    boolean doubleScalars() {
        return this == FP64;
    }

    /** Element {@code i} of a little-endian buffer in this storage type, as a double. */
    public double get(ByteBuffer b, int i) {
        return switch (this) {
            case FP64 -> b.getDouble(i * 8);
            case FP32, TF32 -> b.getFloat(i * 4);
            case BF16 -> Float.intBitsToFloat((b.getShort(i * 2) & 0xffff) << 16);
            case FP16 -> HalfFloats.toDouble(b.getShort(i * 2));
        };
    }

    /** Writes a random value in [-1, 1), never zero, at element {@code i}, exactly representable in this type. */
    void putRandom(ByteBuffer b, int i, SplittableRandom r) {
        switch (this) {
            case FP64 -> b.putDouble(i * 8, nonZero(r));
            case FP32, TF32 -> b.putFloat(i * 4, (float) nonZero(r));
            case BF16 -> b.putShort(i * 2, (short) (Float.floatToRawIntBits((float) nonZero(r)) >>> 16));
            case FP16 -> b.putShort(i * 2, HalfFloats.random(r));
        }
    }

    private static double nonZero(SplittableRandom r) {
        double v = r.nextDouble(1.0 / 64, 1.0);
        return r.nextBoolean() ? v : -v;
    }
}
