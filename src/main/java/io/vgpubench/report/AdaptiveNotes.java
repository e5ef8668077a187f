package io.vgpubench.report;

import io.vgpubench.model.AdaptiveRepetitions;
import io.vgpubench.stats.Observation;
import io.vgpubench.stats.OverheadReach;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report says of a campaign with adaptive repetitions: the rule and the level of its intervals, then for
 * each workload how many repetitions per instance it ran and why it stopped there (every interval within the
 * target, or the maximum reached with the widest interval's reach, or neither: stopped by failures or a stop).
 */
final class AdaptiveNotes {
    private AdaptiveNotes() {}

    static List<String> of(AdaptiveRepetitions rule, List<Observation> observations, List<SummaryRow> rows) {
        List<String> notes = new ArrayList<>();
        notes.add("adaptive repetitions: " + rule.describe() + "; each overhead interval is Fieller's at "
                + pct(rule.level() * 100) + "% (95% split over the " + rule.looks().size() + " looks, Bonferroni), "
                + "so it covers with at least 95% at whichever look the campaign stopped");
        Map<String, Integer> reps = new TreeMap<>();
        observations.forEach(o -> reps.merge(o.workload(), o.repetition(), Math::max));
        reps.forEach((workload, n) -> {
            List<SummaryRow> ofWorkload = rows.stream().filter(r -> r.workload().equals(workload)
                    && MemoryFacts.isPerformance(r)).toList();
            double widest = OverheadReach.widest(ofWorkload);
            if (Double.isNaN(widest)) {
                return; // nothing compared (facts, or no baseline): the rule had nothing to wait for
            }
            String reach = Double.isInfinite(widest) ? "unbounded" : "±" + pct(widest) + "%";
            if (widest <= rule.targetCiPct()) {
                notes.add(workload + ": stopped at " + n + " repetitions per instance, every overhead interval within"
                        + " ±" + pct(rule.targetCiPct()) + "% (widest " + reach + ")");
            } else if (n >= rule.max()) {
                notes.add(workload + ": reached the maximum of " + rule.max() + " repetitions per instance with the "
                        + "widest overhead interval still " + reach + " (target ±" + pct(rule.targetCiPct())
                        + "%): less precise than asked");
            } else {
                notes.add(workload + ": " + n + " repetitions per instance, the widest overhead interval " + reach
                        + " (target ±" + pct(rule.targetCiPct()) + "%): stopped before the rule was met (failed runs,"
                        + " or a stopped campaign)");
            }
        });
        return notes;
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
