package io.vgpubench.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Flags outliers by the median absolute deviation: x is flagged when |x − median| > 3.5 · 1.4826 · MAD
 * (the MAD scaled to the standard deviation of a normal; 3.5 as Iglewicz and Hoaglin suggest).
 * Flagged values are reported, never dropped. With MAD = 0 nothing is flagged.
 */
public final class Outliers {
    public static final double CUTOFF = 3.5;
    public static final double NORMAL_SCALE = 1.4826;

    private Outliers() {}

    /** The indices of the flagged values, in input order. */
    public static List<Integer> flag(double[] values) {
        List<Integer> flagged = new ArrayList<>();
        if (values.length < 3) {
            return flagged;
        }
        Median median = new Median();
        double m = median.evaluate(values);
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            dev[i] = Math.abs(values[i] - m);
        }
        double limit = CUTOFF * NORMAL_SCALE * median.evaluate(dev);
        for (int i = 0; i < values.length; i++) {
            if (limit > 0 && dev[i] > limit) {
                flagged.add(i);
            }
        }
        return flagged;
    }
}
