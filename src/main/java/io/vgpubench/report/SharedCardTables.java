package io.vgpubench.report;

import io.vgpubench.sharing.Flagged;
import io.vgpubench.sharing.OverlapCheck;
import io.vgpubench.contract.workload.Workloads;
import io.vgpubench.report.units.Scale;
import io.vgpubench.report.units.Units;
import io.vgpubench.sharing.SharedCard;
import io.vgpubench.stats.Descriptive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The shared-card section's tables as cells, for report.md and report.html alike: the samples left out and
 * why, then per workload metric the study's Table V shape (flavor, policy, tasks: per-task rate, the card's
 * aggregate, aggregate against alone, fairness) and, where a flavor ran several task counts, the density
 * sweep in Table VI's shape (task counts down, flavors across).
 */
final class SharedCardTables {
    private SharedCardTables() {}

    static final String RULE = "A sample of a shared card counts only if every co-runner (the other processes of its "
            + "group in the same run, repetition and card) loaded the card for the whole of its timed interval, within "
            + OverlapCheck.TOLERANCE.toMillis() + " ms at either end for clocks. Samples not proven are kept in "
            + "samples.jsonl and left out of every statistic of this report (summary, overheads, thresholds); "
            + "overlap.csv gives every sample's fraction and verdict.";

    static final String AGGREGATE = "Per task: every process's values pooled (mean ± sd). Aggregate: the processes' "
            + "rates in one slot summed, over the slots where every process has a proven sample. Against alone: the "
            + "aggregate's mean over the same workload alone (the flavor at 1 task where it ran alone, else the "
            + "baseline at 1 task), with Fieller's 95% interval. Fairness per slot: min/max and Jain's index "
            + "(Σx)²/(n·Σx²), mean (worst) over slots. Lower-is-better metrics get per-task figures only.";

    static boolean present(Report r) {
        return !r.input().sharing().flagged().isEmpty() || !r.input().sharing().cards().isEmpty();
    }

    /** "12 of 24 sample(s) on shared cards left out." and the like. */
    static String headline(Report r) {
        long shared = r.input().sharing().checked().stream().filter(c -> !c.overlap().verdict().equals("alone")).count();
        int leftOut = r.input().sharing().leftOut();
        if (r.input().sharing().checked().isEmpty()) {
            return leftOut + " sample(s) of more than one task left out: a samples CSV carries no time slots.";
        }
        return leftOut == 0 ? "All " + shared + " sample(s) on shared cards are proven fully overlapped."
                : leftOut + " of " + shared + " sample(s) on shared cards left out (not proven fully overlapped).";
    }

    static final List<String> FLAGGED_HEADER = List.of("Flavor", "Tasks", "Workload", "Metric", "Left out", "Of", "Why");

    static List<List<String>> flagged(Report r) {
        List<List<String>> rows = new ArrayList<>();
        for (Flagged f : r.input().sharing().flagged()) {
            rows.add(List.of(f.flavor(), String.valueOf(f.tasks()), f.workload(), f.metric(), String.valueOf(f.leftOut()),
                    String.valueOf(f.samples()), f.verdictText()));
        }
        return rows;
    }

    /** Each flagged verdict once, with the reason of its first sample: what "no-schedule" etc. meant here. */
    static List<String> reasons(Report r) {
        Map<String, String> first = new LinkedHashMap<>();
        r.input().sharing().checked().stream().filter(c -> !c.proven())
                .forEach(c -> first.putIfAbsent(c.overlap().verdict(), c.overlap().reason()));
        List<String> out = new ArrayList<>();
        first.forEach((verdict, reason) -> out.add(verdict + ": e.g. " + reason));
        if (r.input().sharing().checked().isEmpty() && !r.input().sharing().flagged().isEmpty()) {
            out.add("no-schedule: a samples CSV carries no time slots");
        }
        return out;
    }

    /** The cards by workload · metric, each group's flavors in report order (baseline first), then by tasks. */
    static Map<String, List<SharedCard>> byWorkloadMetric(Report r) {
        List<String> order = new ArrayList<>(r.input().flavors().keySet());
        Comparator<SharedCard> byFlavor = Comparator.comparingInt(c -> c.flavor().equals(r.input().baselineFlavor()) ? -1
                : order.contains(c.flavor()) ? order.indexOf(c.flavor()) : Integer.MAX_VALUE);
        List<SharedCard> sorted = new ArrayList<>(r.input().sharing().cards().stream()
                .filter(c -> !Workloads.Names.MEMPROBE.equals(c.workload())).toList()); // memory facts: no card aggregate
        sorted.sort(Comparator.comparing(SharedCard::workload).thenComparing(SharedCard::metric).thenComparing(byFlavor)
                .thenComparing(SharedCard::flavor).thenComparingInt(SharedCard::tasks));
        Map<String, List<SharedCard>> out = new LinkedHashMap<>();
        sorted.forEach(c -> out.computeIfAbsent(c.workload() + " · " + c.metric(), k -> new ArrayList<>()).add(c));
        return out;
    }

    static List<String> header(boolean higherIsBetter) {
        return higherIsBetter
                ? List.of("Instance", "Scheduling policy", "Tasks", "Processes", "Per task", "Aggregate", "Slots",
                        "Aggregate vs alone", "95% interval", "Alone", "Min/max (worst)", "Jain (worst)", "Task means")
                : List.of("Instance", "Scheduling policy", "Tasks", "Processes", "Per task", "n", "Task means");
    }

    /** One workload metric's display unit, from its per-task and aggregate means. */
    static Scale scale(List<SharedCard> cards) {
        List<Double> values = new ArrayList<>();
        cards.forEach(c -> {
            values.add(c.perTask().mean());
            if (c.aggregate() != null) {
                values.add(c.aggregate().mean());
            }
        });
        return Units.forColumn(cards.get(0).unit(), values);
    }

    static List<String> cells(ReportInput in, SharedCard c, Scale scale) {
        String instance = instance(in, c.flavor());
        String policy = MarkdownReport.scheduler(in, c.flavor());
        StringBuilder means = new StringBuilder();
        c.taskMeans().forEach((p, m) -> means.append(means.length() == 0 ? "" : ", ").append(p).append(": ")
                .append(Fmt.sig(scale.apply(m))));
        if (!c.higherIsBetter()) {
            return List.of(instance, policy, String.valueOf(c.tasks()), String.valueOf(c.processes()), meanSd(c.perTask(), scale),
                    String.valueOf(c.perTask().n()), means.toString());
        }
        return List.of(instance, policy, String.valueOf(c.tasks()), String.valueOf(c.processes()), meanSd(c.perTask(), scale),
                c.aggregate() == null ? "–" : meanSd(c.aggregate(), scale),
                c.slots() + (c.incompleteSlots() > 0 ? " (+" + c.incompleteSlots() + " incomplete)" : ""),
                c.vsAlone() == null ? "–" : Fmt.ratio(c.vsAlone()) + "×",
                c.vsAloneLow() == null ? "–" : "[" + Fmt.ratio(c.vsAloneLow()) + ", " + Fmt.ratio(c.vsAloneHigh()) + "]",
                Sections.dash(c.aloneReference()),
                c.fairness() == null ? "–" : Fmt.ratio(c.fairness().minMaxMean()) + " (" + Fmt.ratio(c.fairness().minMaxWorst()) + ")",
                c.fairness() == null ? "–" : Fmt.ratio(c.fairness().jainMean()) + " (" + Fmt.ratio(c.fairness().jainWorst()) + ")",
                means.toString());
    }

    /** Whether some flavor of this workload metric ran more than one task count. */
    static boolean sweeps(List<SharedCard> cards) {
        Map<String, TreeSet<Integer>> tasks = new LinkedHashMap<>();
        cards.forEach(c -> tasks.computeIfAbsent(c.flavor(), f -> new TreeSet<>()).add(c.tasks()));
        return tasks.values().stream().anyMatch(t -> t.size() > 1);
    }

    /** Table VI's shape: the flavors across. */
    static List<String> sweepHeader(ReportInput in, List<SharedCard> cards) {
        List<String> h = new ArrayList<>(List.of("Tasks"));
        cards.stream().map(SharedCard::flavor).distinct().forEach(f -> h.add(instance(in, f)));
        return h;
    }

    /** Table VI's shape: one row per task count, most first; per task mean ± sd, and (Σ aggregate) where summed. */
    static List<List<String>> sweepRows(List<SharedCard> cards, Scale scale) {
        List<String> flavors = cards.stream().map(SharedCard::flavor).distinct().toList();
        List<Integer> counts = cards.stream().map(SharedCard::tasks).distinct().sorted(Comparator.reverseOrder()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (int t : counts) {
            List<String> row = new ArrayList<>(List.of(t + (t == 1 ? " task" : " tasks")));
            for (String f : flavors) {
                row.add(cards.stream().filter(c -> c.flavor().equals(f) && c.tasks() == t).findFirst()
                        .map(c -> meanSd(c.perTask(), scale) + (c.aggregate() == null || c.processes() == 1 ? ""
                                : " (Σ " + meanSd(c.aggregate(), scale) + ")")).orElse("–"));
            }
            rows.add(row);
        }
        return rows;
    }

    static String instance(ReportInput in, String flavor) {
        String label = in.flavor(flavor).label();
        String name = label == null || label.equals(flavor) ? flavor : flavor + " (" + label + ")";
        return flavor.equals(in.baselineFlavor()) ? name + " (baseline)" : name;
    }

    /** Mean ± sd, with rounding noise in the sd of a sum (1e-15 of the mean) shown as 0. */
    private static String meanSd(Descriptive d, Scale scale) {
        if (d.n() < 2 || !Double.isFinite(d.sd())) {
            return Fmt.meanSd(scale.apply(d.mean()), null);
        }
        return Fmt.meanSd(scale.apply(d.mean()), scale.apply(d.sd() < 1e-9 * Math.abs(d.mean()) ? 0.0 : d.sd()));
    }
}
