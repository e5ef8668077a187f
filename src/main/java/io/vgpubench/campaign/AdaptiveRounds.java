package io.vgpubench.campaign;

import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.campaign.plan.RunMatrix;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.model.AdaptiveRepetitions;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.report.MemoryFacts;
import io.vgpubench.report.ReportInput;
import io.vgpubench.stats.OverheadReach;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.Summaries;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The rounds of adaptive repetitions after the first {@code min}: after each round, every workload still going is
 * looked at (its overhead rows, computed as the report computes them, at the rule's level, from its samples up to
 * its repetitions so far), and goes on to the rule's next look or stops. A round runs the workloads still going on
 * every instance that is still up, in batches of their own, so co-runners share extra slots as they shared the
 * first. Each decision depends only on samples of finished rounds, so a resumed campaign takes the same ones.
 */
final class AdaptiveRounds {
    private final CampaignContext ctx;
    private final Map<String, Flavor> flavors;
    private final AdaptiveRepetitions rule;

    AdaptiveRounds(CampaignContext ctx, Map<String, Flavor> flavors, AdaptiveRepetitions rule) {
        this.ctx = ctx;
        this.flavors = flavors;
        this.rule = rule;
    }

    /** Looks after each round and runs the next with {@code runRound}, until every workload has stopped. */
    void run(Consumer<List<InstancePlan>> runRound) {
        Map<Integer, Integer> going = new TreeMap<>();
        for (int w = 0; w < ctx.playbook.workloads().size(); w++) {
            going.put(w, rule.min());
        }
        for (int round = 1; !going.isEmpty(); round++) {
            List<Sample> samples = ctx.dir.readSamples().samples();
            Map<Integer, RunMatrix.Span> spans = new TreeMap<>();
            List<String> said = new ArrayList<>();
            for (var e : List.copyOf(going.entrySet())) {
                int w = e.getKey();
                int n = e.getValue();
                double widest = widest(samples, w, n);
                OptionalInt next = Double.isNaN(widest) ? OptionalInt.empty() : rule.next(n, widest);
                String name = ctx.playbook.workloads().get(w).name();
                if (next.isEmpty()) {
                    going.remove(w);
                    said.add(name + " stops at " + n + " (" + reach(widest) + ")");
                } else {
                    spans.put(w, new RunMatrix.Span(n, next.getAsInt() - n));
                    going.put(w, next.getAsInt());
                    said.add(name + " " + n + " -> " + next.getAsInt() + " (" + reach(widest) + ")");
                }
            }
            ctx.progress.say("adaptive repetitions, look " + round + ": " + String.join("; ", said));
            if (spans.isEmpty()) {
                return;
            }
            List<InstancePlan> plans = RunMatrix.round(ctx.playbook, ctx.id, flavors, round, spans);
            runRound.accept(plans);
        }
    }

    /**
     * The widest reach of workload {@code w}'s compared overhead rows over its samples up to repetition {@code n}:
     * +∞ where a flavor and task count of the playbook has no compared row (no proven sample, or no baseline);
     * NaN when there is nothing to compare at all (the memory probe's facts, or no sample of the workload).
     */
    private double widest(List<Sample> samples, int w, int n) {
        String prefix = "w" + w + "-";
        List<Sample> mine = samples.stream().filter(s -> s.runId() != null && s.runId().startsWith(prefix)
                && s.repetition() <= n).toList();
        if (mine.isEmpty()) {
            return Double.NaN;
        }
        ReportInput in = ReportInput.fromSamples(ctx.id.value(), ctx.playbook.baseline(),
                ctx.playbook.flavors().stream().map(f -> flavors.get(f.flavor())).toList(), mine, List.of(),
                List.of(), List.of());
        // the report's rows (proven samples, its baseline rule, the rule's level), without its outliers and checks
        List<SummaryRow> rows = Summaries.compute(Series.group(in.observations()), in.baselineFlavor(),
                List.copyOf(in.flavors().keySet()), rule.level()).rows().stream()
                .filter(MemoryFacts::isPerformance).toList();
        if (rows.isEmpty()) {
            return Double.NaN;
        }
        for (FlavorUnderTest f : ctx.playbook.flavors()) {
            for (int tasks : f.tasks()) {
                boolean compared = rows.stream().anyMatch(r -> OverheadReach.compared(r)
                        && r.flavor().equals(f.flavor()) && r.tasks() == tasks);
                if (!f.flavor().equals(ctx.playbook.baseline()) && !compared) {
                    return Double.POSITIVE_INFINITY; // no proven sample of it yet (or no baseline): not known at all
                }
            }
        }
        return OverheadReach.widest(rows);
    }

    private String reach(double widest) {
        if (Double.isNaN(widest)) {
            return "nothing compared";
        }
        return "widest overhead interval " + (Double.isInfinite(widest) ? "unbounded"
                : String.format(Locale.ROOT, "±%.2f%%", widest)) + ", target ±" + rule.targetCiPct() + "%";
    }
}
