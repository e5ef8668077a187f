package io.vgpubench.agent.workload;

/** A matrix product C(m×n) = A(m×k)·B(k×n), row-major; {@link #flops()} counts a multiply-add as two. */
public record GemmShape(int m, int n, int k) {
    public GemmShape {
        if (m < 1 || n < 1 || k < 1) {
            throw new IllegalArgumentException("GEMM sizes must be positive: " + m + "x" + n + "x" + k);
        }
    }

    public double flops() {
        return 2.0 * m * n * k;
    }

    public long aLength() {
        return (long) m * k;
    }

    public long bLength() {
        return (long) k * n;
    }

    public long cLength() {
        return (long) m * n;
    }

    @Override
    public String toString() {
        return m + "x" + n + "x" + k;
    }
}
