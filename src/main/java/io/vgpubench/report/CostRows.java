package io.vgpubench.report;

import io.vgpubench.model.Cost;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a result costs on each flavor that has a cost an hour in its catalog (cost.csv, and the report's cost
 * section). An instance of k tasks runs k results at once for one hourly cost, so a row's figure counts its tasks:
 * <ul>
 *   <li>a rate (higher is better, a unit per second such as TFLOP/s, GB/s, images/s): the work one unit of cost
 *   buys, mean × tasks × 3600 / cost an hour (TFLOP per SU);</li>
 *   <li>a time (lower is better, in s, ms, µs, ns, min or h): what one result costs, mean in hours × cost an hour /
 *   tasks (SU per result);</li>
 * </ul>
 * other metrics get no cost figure. Flavors are ranked within each workload, metric and cost unit, best first. The
 * measured share is the instance's performance against the baseline (relative performance × tasks), beside the
 * share the catalog states: does a 20% flavor deliver 20%?
 */
final class CostRows {
    private CostRows() {}

    static final List<String> COLUMNS = List.of("workload", "metric", "flavor", "tasks", "cost_per_hour", "cost_unit",
            "figure", "figure_unit", "higher_is_better", "rank", "of", "measured_share", "stated_share");

    /** One flavor's cost figure for one workload and metric. */
    record Row(String workload, String metric, String flavor, int tasks, Cost cost, double figure, String figureUnit,
               boolean higherIsBetter, int rank, int of, Double measuredShare, Double statedShare) {

        Map<String, Object> csv() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workload", workload);
            m.put("metric", metric);
            m.put("flavor", flavor);
            m.put("tasks", tasks);
            m.put("cost_per_hour", cost.perHour());
            m.put("cost_unit", cost.unit());
            m.put("figure", figure);
            m.put("figure_unit", figureUnit);
            m.put("higher_is_better", higherIsBetter);
            m.put("rank", rank);
            m.put("of", of);
            m.put("measured_share", measuredShare);
            m.put("stated_share", statedShare);
            return m;
        }

        List<String> cells() {
            return List.of(workload + " · " + metric, flavor, String.valueOf(tasks),
                    Fmt.sig(cost.perHour()) + " " + cost.unit(), Fmt.sig(figure) + " " + figureUnit,
                    rank + " of " + of, measuredShare == null ? "–" : pct(measuredShare),
                    statedShare == null ? "–" : pct(statedShare));
        }
    }

    static final List<String> HEADER = List.of("Workload · metric", "Flavor", "Tasks", "Cost an hour",
            "Per unit of cost", "Rank", "Measured share", "Stated share");

    static List<Row> of(Report r) {
        List<Row> unranked = new ArrayList<>();
        for (SummaryRow row : r.rows()) {
            Cost cost = r.input().flavor(row.flavor()).cost();
            if (cost == null || row.mean() == null || !MemoryFacts.isPerformance(row)) {
                continue;
            }
            String unit = row.unit() == null ? "" : row.unit().strip();
            Double figure = null;
            String figureUnit = null;
            if (row.higherIsBetter() && unit.endsWith("/s")) {
                figure = row.mean() * row.tasks() * 3600 / cost.perHour();
                figureUnit = unit.substring(0, unit.length() - 2).strip() + " per " + cost.unit();
            } else if (!row.higherIsBetter() && seconds(unit) != null) {
                figure = row.mean() * seconds(unit) / 3600 * cost.perHour() / row.tasks();
                figureUnit = cost.unit() + " per result";
            }
            if (figure == null || !Double.isFinite(figure)) {
                continue;
            }
            Double measured = row.relativePerformance() == null ? (row.baseline() ? (double) row.tasks() : null)
                    : row.relativePerformance() * row.tasks();
            unranked.add(new Row(row.workload(), row.metric(), row.flavor(), row.tasks(), cost, figure, figureUnit,
                    row.higherIsBetter(), 0, 0, measured, r.input().flavor(row.flavor()).shareFraction()));
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        unranked.forEach(x -> groups.computeIfAbsent(x.workload() + "\u0000" + x.metric() + "\u0000" + x.figureUnit(),
                k -> new ArrayList<>()).add(x));
        List<Row> out = new ArrayList<>();
        for (List<Row> g : groups.values()) {
            List<Row> sorted = new ArrayList<>(g);
            Comparator<Row> byFigure = Comparator.comparingDouble(Row::figure);
            sorted.sort(g.get(0).higherIsBetter() ? byFigure.reversed() : byFigure);
            for (int i = 0; i < sorted.size(); i++) {
                Row x = sorted.get(i);
                out.add(new Row(x.workload(), x.metric(), x.flavor(), x.tasks(), x.cost(), x.figure(), x.figureUnit(),
                        x.higherIsBetter(), i + 1, sorted.size(), x.measuredShare(), x.statedShare()));
            }
        }
        return out;
    }

    /**
     * For the chart: each row against the best of its workload, metric and unit (work per cost over the most, or the
     * least cost per result over this one), so every metric shares one axis.
     */
    static List<io.vgpubench.report.html.Charts.CostPoint> ofBest(List<Row> rows) {
        Map<String, Double> best = new LinkedHashMap<>();
        rows.stream().filter(r -> r.rank() == 1).forEach(r -> best.put(key(r), r.figure()));
        return rows.stream().map(r -> new io.vgpubench.report.html.Charts.CostPoint(r.workload() + " · " + r.metric(),
                r.flavor() + " ×" + r.tasks(), r.higherIsBetter() ? r.figure() / best.get(key(r))
                : best.get(key(r)) / r.figure())).toList();
    }

    private static String key(Row r) {
        return r.workload() + "\u0000" + r.metric() + "\u0000" + r.figureUnit();
    }

    /** Seconds in one of a time unit, or null for a unit that is not a time. */
    static Double seconds(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "s", "sec", "seconds" -> 1.0;
            case "ms" -> 1e-3;
            case "us", "µs" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60.0;
            case "h" -> 3600.0;
            default -> null;
        };
    }

    private static String pct(double fraction) {
        return Fmt.sig(fraction * 100) + "%";
    }
}
