package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Measurement;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines the back-to-back rounds of a time-boxed repetition into one value per metric. Every round of a
 * prepared workload does the same work (its operation count is fixed once calibrated), so a rate over the
 * whole box, work / total time, is the harmonic mean of the rounds' rates, and a time per operation is the
 * arithmetic mean of theirs. Other figures (bytes, percentages, ratios) are averaged.
 */
final class Combine {
    private Combine() {}

    static List<Measurement> rounds(List<List<Measurement>> rounds) {
        if (rounds.size() == 1) {
            return rounds.get(0);
        }
        List<Measurement> first = rounds.get(0);
        List<Measurement> combined = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Measurement m = first.get(i);
            boolean rate = NodeTotals.isRate(m);
            double sum = 0;
            for (List<Measurement> round : rounds) {
                double v = round.get(i).value();
                sum += rate ? 1 / v : v;
            }
            double value = rate ? rounds.size() / sum : sum / rounds.size();
            combined.add(new Measurement(m.metric(), value, m.unit(), m.higherIsBetter()));
        }
        return combined;
    }
}
