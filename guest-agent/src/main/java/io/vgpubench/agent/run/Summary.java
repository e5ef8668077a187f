package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import java.util.List;

/** The one-line human summary of a run's first metric: repetitions, median, min and max. */
final class Summary {
    private Summary() {}

    static String of(List<Measurement> firsts) {
        if (firsts.isEmpty()) {
            return "no measurements";
        }
        double[] v = firsts.stream().mapToDouble(Measurement::value).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        Measurement m = firsts.get(0);
        return String.format("%d repetitions, %s median %.4g %s (min %.4g, max %.4g)",
                v.length, m.metric(), median, m.unit(), v[0], v[v.length - 1]);
    }
}
