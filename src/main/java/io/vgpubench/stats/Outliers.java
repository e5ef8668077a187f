package io.vgpubench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Flags outliers with Rosner's generalized extreme Studentized deviate test (generalized ESD, Rosner 1983;
 * NIST/SEMATECH e-Handbook 1.3.5.17) at α = 0.01, testing for at most max(1, ⌊n/10⌋) outliers, from n = 3.
 * Step i (from 0) removes the value farthest from the remaining mean and computes R = |x − mean|/sd;
 * its critical value is λ = (m − 1)·t / √((m − 2 + t²)·m), with m = n − i values left and t the Student
 * quantile 1 − α/(2m) at m − 2 degrees of freedom. The outliers are the values removed up to the last step
 * whose R exceeds its λ. Under normal data the chance that a series gets any flag is about α at every n
 * (OutliersTest simulates it), unlike a fixed cut-off on the MAD, which flagged a fifth of normal series at
 * n = 3 to 5 and ever more as n grows. Flagged values are reported, never dropped; no flag where sd = 0.
 */
public final class Outliers {
    public static final double ALPHA = 0.01;
    public static final int MIN_N = 3;
    public static final String RULE = "generalized ESD (Rosner 1983), α = " + ALPHA + ", at most max(1, ⌊n/10⌋) outliers, "
            + "from n = " + MIN_N + " (a normal series is flagged about 1% of the time at any n)";

    private static final Map<Integer, Double> CRITICAL = new ConcurrentHashMap<>();

    private Outliers() {}

    /** The indices of the flagged values, in input order. */
    public static List<Integer> flag(double[] values) {
        int n = values.length;
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            left.add(i);
        }
        List<Integer> removed = new ArrayList<>();
        int outliers = 0;
        for (int step = 0; step < maxOutliers(n) && n - step >= MIN_N; step++) {
            double[] meanSd = meanSd(values, left);
            if (!(meanSd[1] > 0)) {
                break;
            }
            int farthest = left.get(0);
            for (int i : left) {
                if (Math.abs(values[i] - meanSd[0]) > Math.abs(values[farthest] - meanSd[0])) {
                    farthest = i;
                }
            }
            if (Math.abs(values[farthest] - meanSd[0]) / meanSd[1] > critical(n - step)) {
                outliers = step + 1;
            }
            removed.add(farthest);
            left.remove(Integer.valueOf(farthest));
        }
        return removed.subList(0, outliers).stream().sorted().toList();
    }

    static int maxOutliers(int n) {
        return Math.max(1, n / 10);
    }

    /** λ for m values left (computed once per m). */
    static double critical(int m) {
        return CRITICAL.computeIfAbsent(m, Outliers::lambda);
    }

    private static double lambda(int m) {
        double t = new TDistribution(null, m - 2).inverseCumulativeProbability(1 - ALPHA / (2.0 * m));
        return (m - 1) * t / Math.sqrt((m - 2 + t * t) * m);
    }

    private static double[] meanSd(double[] values, List<Integer> idx) {
        double mean = 0;
        for (int i : idx) {
            mean += values[i];
        }
        mean /= idx.size();
        double ss = 0;
        for (int i : idx) {
            ss += (values[i] - mean) * (values[i] - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (idx.size() - 1))};
    }
}
