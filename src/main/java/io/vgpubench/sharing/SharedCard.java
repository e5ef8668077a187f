package io.vgpubench.sharing;

import io.vgpubench.stats.Descriptive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One (workload, metric, flavor, tasks) on a card its processes share, from proven samples only: the
 * per-task figures (every process's values pooled, and each process's mean), and for higher-is-better
 * metrics the card's aggregate (the processes' rates in one slot summed; statistics over the slots in
 * which every process has a proven sample), that aggregate against the same workload alone, and
 * fairness across the processes per slot (min/max and Jain's index, as mean and worst over the slots).
 * Lower-is-better metrics get the per-task figures only (aggregate and the fields after it are null).
 *
 * @param processes      agent processes sharing the card (instances × tasks of the group; 1 = alone)
 * @param slots          slots with a proven sample from every process (the aggregate's n)
 * @param incompleteSlots slots with a proven sample from some processes but not all, left out of the aggregate
 * @param aloneReference which figure "alone" is: "FLAVOR ×1" (the same flavor) or "FLAVOR ×1 (baseline)"
 */
public record SharedCard(String workload, String metric, String unit, boolean higherIsBetter, String flavor, int tasks,
                         int processes, Descriptive perTask, SortedMap<String, Double> taskMeans, Descriptive aggregate,
                         int slots, int incompleteSlots, Fairness fairness, Double vsAlone, Double vsAloneLow,
                         Double vsAloneHigh, String aloneReference) {

    public SharedCard {
        taskMeans = new TreeMap<>(taskMeans);
    }

    /** Fairness across a slot's processes, summarized over slots: mean and worst of min/max and of Jain's index. */
    public record Fairness(double minMaxMean, double minMaxWorst, double jainMean, double jainWorst) {}

    /** The columns of shared-cards.csv, in order; summary.json's shared_cards use the same names. */
    public static final List<String> COLUMNS = List.of("workload", "metric", "unit", "flavor", "tasks", "processes",
            "n", "per_task_mean", "per_task_sd", "task_means", "slots", "incomplete_slots", "aggregate_mean",
            "aggregate_sd", "aggregate_vs_alone", "aggregate_vs_alone_ci95_low", "aggregate_vs_alone_ci95_high",
            "alone_reference", "min_max_mean", "min_max_worst", "jain_mean", "jain_worst");

    /** This row by {@link #COLUMNS} name; undefined figures are null. */
    public Map<String, Object> row() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("workload", workload);
        r.put("metric", metric);
        r.put("unit", unit);
        r.put("flavor", flavor);
        r.put("tasks", tasks);
        r.put("processes", processes);
        r.put("n", perTask.n());
        r.put("per_task_mean", finite(perTask.mean()));
        r.put("per_task_sd", finite(perTask.sd()));
        StringBuilder means = new StringBuilder();
        taskMeans.forEach((p, m) -> means.append(means.length() == 0 ? "" : "; ").append(p).append('=').append(m));
        r.put("task_means", means.toString());
        r.put("slots", slots);
        r.put("incomplete_slots", incompleteSlots);
        r.put("aggregate_mean", aggregate == null ? null : finite(aggregate.mean()));
        r.put("aggregate_sd", aggregate == null ? null : finite(aggregate.sd()));
        r.put("aggregate_vs_alone", vsAlone);
        r.put("aggregate_vs_alone_ci95_low", vsAloneLow);
        r.put("aggregate_vs_alone_ci95_high", vsAloneHigh);
        r.put("alone_reference", aloneReference);
        r.put("min_max_mean", fairness == null ? null : finite(fairness.minMaxMean()));
        r.put("min_max_worst", fairness == null ? null : finite(fairness.minMaxWorst()));
        r.put("jain_mean", fairness == null ? null : finite(fairness.jainMean()));
        r.put("jain_worst", fairness == null ? null : finite(fairness.jainWorst()));
        return r;
    }

    static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
