package io.vgpubench.agent.gpu;

import io.vgpubench.agent.backend.Verification;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Checks C = A B (column-major, m x k times k x n) in O(n^2): compares C x with A (B x) for a random
 * x, in float64, as ||Cx - A(Bx)|| / ||A(Bx)||. Every element of C takes part, so an unwritten
 * (poisoned) element or a wrong one shows; NaN never passes.
 */
final class Freivalds {
    private Freivalds() {}

    static Verification check(Precision p, int m, int n, int k, ByteBuffer a, ByteBuffer b, ByteBuffer c, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = r.nextDouble(-1, 1);
        }
        double[] reference = HostMatrices.times(a, p, m, k, HostMatrices.times(b, p, k, n, x));
        double[] result = HostMatrices.times(c, p, m, n, x);
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < m; i++) {
            double d = result[i] - reference[i];
            diff += d * d;
            norm += reference[i] * reference[i];
        }
        double error = Math.sqrt(diff) / Math.sqrt(norm);
        return Verification.within(error, p.bound(), String.format(Locale.ROOT,
                "%s %dx%dx%d: ||Cx - A(Bx)|| / ||A(Bx)|| = %.3g against float64 (bound %.2g)",
                p.label(), m, n, k, error, p.bound()));
    }
}
