package io.vgpubench.agent.workload;

import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Checks a GEMM result against a straightforward product computed in double precision, on every row
 * when that is cheap and on rows spread over the matrix when it is not (the reference costs n·k per
 * row). Works on any backend: it reads the operands through accessors over host copies.
 */
public final class GemmReference {
    /** Multiply-adds the reference may spend on one check before it samples rows. */
    public static final long BUDGET = 1L << 27;

    private GemmReference() {}

    /** The rows to check: all of them within {@code budget}, else at least 4 spread evenly. */
    public static int[] rows(GemmShape s, long budget) {
        long perRow = (long) s.n() * s.k();
        int count = (int) Math.min(s.m(), Math.max(4, budget / perRow));
        return IntStream.range(0, count).map(i -> (int) ((long) i * (s.m() - 1) / Math.max(1, count - 1))).distinct().toArray();
    }

    /** ‖C − A·B‖ / ‖A·B‖ (Frobenius) over {@code rows}; A, B and C are row-major. */
    public static double relativeError(GemmShape s, IntToDoubleFunction a, IntToDoubleFunction b, IntToDoubleFunction c, int[] rows) {
        double diff = 0;
        double norm = 0;
        double[] ref = new double[s.n()];
        for (int i : rows) {
            java.util.Arrays.fill(ref, 0);
            for (int p = 0; p < s.k(); p++) {
                double aip = a.applyAsDouble(i * s.k() + p);
                int bRow = p * s.n();
                for (int j = 0; j < s.n(); j++) {
                    ref[j] += aip * b.applyAsDouble(bRow + j);
                }
            }
            for (int j = 0; j < s.n(); j++) {
                double d = c.applyAsDouble(i * s.n() + j) - ref[j];
                diff += d * d;
                norm += ref[j] * ref[j];
            }
        }
        return norm == 0 ? Double.NaN : Math.sqrt(diff / norm);
    }

    /**
     * The error a correct product may show. With inputs uniform in [-1, 1) (random signs), rounding
     * errors of a k-term sum add up like a random walk, so the relative Frobenius error grows like
     * u·√k (u the unit roundoff: 2^-53 for fp64, 2^-24 for fp32). We allow 64·u·√k, generous enough
     * for any summation order (blocked, tree, fused multiply-add) yet many orders of magnitude below
     * the O(1) error of a wrong index or a missing block; fp64 gets a floor of 1e-12.
     */
    public static double bound(String precision, int k) {
        return switch (precision) {
            case "fp64" -> Math.max(1e-12, 64 * 0x1p-53 * Math.sqrt(k));
            case "fp32" -> 64 * 0x1p-24 * Math.sqrt(k);
            default -> throw new IllegalArgumentException("no reference bound for precision " + precision);
        };
    }
}
