package io.vgpubench.sharing;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.stats.Comparison;
import io.vgpubench.stats.Descriptive;
import io.vgpubench.stats.RatioInterval;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SeriesKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the shared-card figures from checked samples: one {@link SharedCard} per (workload, metric,
 * flavor, tasks) of every workload metric that some flavor ran on a shared card, from proven samples.
 * "Alone" for a flavor's aggregate is that flavor's 1-task figure where all of it ran alone, else the
 * baseline flavor's 1-task figure where that ran alone; without either the comparison is left empty.
 */
final class SharedCards {
    private SharedCards() {}

    static List<SharedCard> of(List<CheckedSample> checked, Function<Sample, String> label, String baseline) {
        Map<SeriesKey, List<CheckedSample>> bySeries = new LinkedHashMap<>();
        for (CheckedSample c : checked) {
            bySeries.computeIfAbsent(key(c.sample(), label), k -> new ArrayList<>()).add(c);
        }
        Set<String> sharedMetrics = bySeries.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> OverlapCheck.sharers(c.sample()) > 1))
                .map(e -> e.getKey().workload() + "\n" + e.getKey().metric()).collect(Collectors.toSet());
        Map<SeriesKey, double[]> alone = new HashMap<>();
        bySeries.forEach((k, list) -> {
            if (k.tasks() == 1 && list.stream().allMatch(c -> c.overlap() instanceof Overlap.Alone)) {
                alone.put(k, list.stream().mapToDouble(c -> c.sample().value()).toArray());
            }
        });
        List<SharedCard> out = new ArrayList<>();
        bySeries.forEach((k, list) -> {
            List<Sample> proven = list.stream().filter(CheckedSample::proven).map(CheckedSample::sample).toList();
            if (!proven.isEmpty() && sharedMetrics.contains(k.workload() + "\n" + k.metric())) {
                out.add(card(k, proven, reference(k, baseline, alone)));
            }
        });
        return out;
    }

    private record Reference(String name, Series series) {}

    private static Reference reference(SeriesKey k, String baseline, Map<SeriesKey, double[]> alone) {
        double[] own = alone.get(k.with(k.flavor(), 1));
        if (own != null) {
            return new Reference(k.flavor() + " ×1", series(k.with(k.flavor(), 1), own));
        }
        double[] base = alone.get(k.with(baseline, 1));
        return base == null ? null : new Reference(baseline + " ×1 (baseline)", series(k.with(baseline, 1), base));
    }

    private static SharedCard card(SeriesKey k, List<Sample> proven, Reference ref) {
        Sample first = proven.get(0);
        int processes = proven.stream().mapToInt(OverlapCheck::sharers).max().orElse(1);
        double[] values = proven.stream().mapToDouble(Sample::value).toArray();
        Map<Slot, Map<Slot.Process, Double>> slots = new LinkedHashMap<>();
        Map<Slot.Process, List<Double>> perProcess = new LinkedHashMap<>();
        for (Sample s : proven) {
            slots.computeIfAbsent(Slot.of(s), x -> new LinkedHashMap<>()).put(Slot.Process.of(s), s.value());
            perProcess.computeIfAbsent(Slot.Process.of(s), x -> new ArrayList<>()).add(s.value());
        }
        List<double[]> complete = slots.values().stream().filter(m -> m.size() >= processes)
                .map(m -> m.values().stream().mapToDouble(Double::doubleValue).toArray()).toList();
        int incomplete = slots.size() - complete.size();
        Map<String, Double> means = new TreeMap<>();
        boolean oneInstance = perProcess.keySet().stream().map(Slot.Process::instance).distinct().count() == 1;
        perProcess.forEach((p, v) -> means.put(name(p, oneInstance, first.campaign()),
                v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)));
        if (!first.higherIsBetter() || complete.isEmpty()) {
            return new SharedCard(k.workload(), k.metric(), first.unit(), first.higherIsBetter(), k.flavor(), k.tasks(),
                    processes, Descriptive.of(values), new TreeMap<>(means), null, complete.size(), incomplete, null,
                    null, null, null, null);
        }
        double[] sums = complete.stream().mapToDouble(r -> Arrays.stream(r).sum()).toArray();
        Series aggregate = series(k, sums);
        Double ratio = null;
        Double low = null;
        Double high = null;
        if (ref != null) {
            ratio = SharedCard.finite(aggregate.stats().mean() / ref.series().stats().mean());
            RatioInterval ri = Comparison.ratioInterval(aggregate, ref.series());
            low = ri == null ? null : SharedCard.finite(ri.low());
            high = ri == null ? null : SharedCard.finite(ri.high());
        }
        return new SharedCard(k.workload(), k.metric(), first.unit(), true, k.flavor(), k.tasks(), processes,
                Descriptive.of(values), new TreeMap<>(means), aggregate.stats(), complete.size(), incomplete,
                SlotFairness.over(complete), ratio, low, high, ref == null ? null : ref.name());
    }

    /** "task0" on one instance; "INSTANCE/task0" (the campaign id taken off) across instances. */
    private static String name(Slot.Process p, boolean oneInstance, String campaign) {
        if (oneInstance) {
            return "task" + p.task();
        }
        String instance = campaign != null && p.instance().startsWith(campaign + "-")
                ? p.instance().substring(campaign.length() + 1) : p.instance();
        return instance + "/task" + p.task();
    }

    static SeriesKey key(Sample s, Function<Sample, String> label) {
        return new SeriesKey(label.apply(s), s.metric(), s.flavor(), Math.max(1, s.tasks()));
    }

    private static Series series(SeriesKey k, double[] values) {
        return new Series(k, null, true, null, List.of(), values, Descriptive.of(values));
    }
}
