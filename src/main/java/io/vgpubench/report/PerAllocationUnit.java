package io.vgpubench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Performance per allocation unit by flavor: for each rate, the work one unit of the catalog's cost buys, as
 * {@link CostRows} figures it (mean × tasks × 3600 / cost an hour: TFLOP per SU), in its ranking. The flavors × tasks
 * that measured the rate but have no cost an hour are named as left out.
 */
final class PerAllocationUnit {
    private PerAllocationUnit() {}

    static List<Efficiency> of(Report r, List<CostRows.Row> cost) {
        Map<String, List<CostRows.Row>> groups = new LinkedHashMap<>();
        cost.stream().filter(CostRows.Row::higherIsBetter)
                .forEach(x -> groups.computeIfAbsent(x.workload() + "\u0000" + x.metric() + "\u0000" + x.figureUnit(),
                        k -> new ArrayList<>()).add(x));
        List<Efficiency> out = new ArrayList<>();
        for (List<CostRows.Row> g : groups.values()) {
            CostRows.Row first = g.get(0);
            List<Efficiency.Bar> bars = g.stream().sorted(java.util.Comparator.comparingInt(CostRows.Row::rank))
                    .map(x -> new Efficiency.Bar(x.flavor(), x.tasks(), x.figure())).toList();
            List<String> leftOut = r.rows().stream().filter(x -> x.workload().equals(first.workload())
                            && x.metric().equals(first.metric()) && x.mean() != null
                            && g.stream().noneMatch(c -> c.flavor().equals(x.flavor()) && c.tasks() == x.tasks()))
                    .map(x -> x.flavor() + " ×" + x.tasks()).toList();
            out.add(new Efficiency(first.workload(), first.metric(), first.figureUnit(), bars, leftOut));
        }
        return out;
    }
}
