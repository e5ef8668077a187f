package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import java.util.List;

/** The one-line human summary of a run's first metric: repetitions, median, min and max. */
final class Summary {
    private Summary() {}

    /** The median of values already sorted. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String of(List<Measurement> firsts) {
        if (firsts.isEmpty()) {
            return "no measurements";
        }
        double[] v = firsts.stream().mapToDouble(Measurement::value).sorted().toArray();
        double median = median(v);
        Measurement m = firsts.get(0);
        return String.format("%d repetitions, %s median %.4g %s (min %.4g, max %.4g)",
                v.length, m.metric(), median, m.unit(), v[0], v[v.length - 1]);
    }
}
