package io.vgpubench.report;

import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Performance per watt by flavor: for each rate (higher is better, a unit per second) and flavor × tasks, the rate
 * over the card's mean power in its repetitions ({@code power_w}), or where only the energy per unit was kept, one over
 * that ({@code <metric>_energy}, J per unit). The power is the card's, so an instance of k tasks counts k rates, as
 * {@link CostRows} does. A flavor without a power reading is left out and named, never drawn as zero.
 */
final class PerWatt {
    private PerWatt() {}

    static final String POWER = "power_w";
    static final String ENERGY = "_energy";

    static List<Efficiency> of(Report r) {
        Map<String, SummaryRow> byKey = new LinkedHashMap<>();
        r.rows().forEach(x -> byKey.putIfAbsent(key(x.workload(), x.metric(), x.flavor(), x.tasks()), x));
        Map<String, List<Efficiency.Bar>> bars = new LinkedHashMap<>();
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        Map<String, SummaryRow> firsts = new LinkedHashMap<>();
        for (SummaryRow x : r.rows()) {
            if (!isRate(x)) {
                continue;
            }
            String group = x.workload() + "\u0000" + x.metric();
            firsts.putIfAbsent(group, x);
            bars.computeIfAbsent(group, k -> new ArrayList<>());
            leftOut.computeIfAbsent(group, k -> new ArrayList<>());
            Double perWatt = perWatt(x, byKey.get(key(x.workload(), POWER, x.flavor(), x.tasks())),
                    byKey.get(key(x.workload(), x.metric() + ENERGY, x.flavor(), x.tasks())));
            if (perWatt == null) {
                leftOut.get(group).add(x.flavor() + " ×" + x.tasks());
            } else {
                bars.get(group).add(new Efficiency.Bar(x.flavor(), x.tasks(), perWatt));
            }
        }
        List<Efficiency> out = new ArrayList<>();
        firsts.forEach((group, x) -> {
            List<Efficiency.Bar> sorted = new ArrayList<>(bars.get(group));
            sorted.sort(Comparator.comparingDouble(Efficiency.Bar::value).reversed());
            out.add(new Efficiency(x.workload(), x.metric(), x.unit().strip() + " per W", sorted, leftOut.get(group)));
        });
        return out;
    }

    private static boolean isRate(SummaryRow x) {
        return MemoryFacts.isPerformance(x) && x.higherIsBetter() && x.mean() != null
                && Efficiency.rate(x.unit()) != null && !x.metric().equals(POWER) && !x.metric().endsWith(ENERGY);
    }

    private static Double perWatt(SummaryRow rate, SummaryRow power, SummaryRow energy) {
        double v;
        if (power != null && power.mean() != null && power.mean() > 0) {
            v = rate.mean() * rate.tasks() / power.mean();
        } else if (energy != null && energy.mean() != null && energy.mean() > 0) {
            v = rate.tasks() / energy.mean();
        } else {
            return null;
        }
        return Double.isFinite(v) && v > 0 ? v : null;
    }

    private static String key(String workload, String metric, String flavor, int tasks) {
        return workload + "\u0000" + metric + "\u0000" + flavor + "\u0000" + tasks;
    }
}
