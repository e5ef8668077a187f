package io.vgpubench.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for multiple comparisons (Holm 1979): it keeps the chance of
 * calling any true null significant (the family-wise error) at or below the level, whatever the tests'
 * dependence (rows against one baseline are dependent). The i-th smallest of m p-values becomes
 * max over j ≤ i of min(1, (m − j + 1)·p(j)). NaN p-values (undefined tests) stay NaN and do not count in m.
 * commons-math3 has no multiple-comparison adjustment, hence this class.
 */
public final class Holm {
    private Holm() {}

    public static double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1, (m - rank) * p[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
