package io.vgpubench.report;

import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The top of report.html: failed thresholds and runs first, then the best and worst flavor overall
 * (geometric mean of relative performance over the rows compared) and per workload metric, then every
 * overhead with its interval, p-value (raw and Holm-adjusted) and whether it differs from the baseline at the 5%
 * level after Holm's adjustment.
 */
final class HtmlSummary {
    private HtmlSummary() {}

    static String render(Report r) {
        StringBuilder h = new StringBuilder("<section id=\"summary\">\n<h2>Summary</h2>\n");
        h.append("<p>Baseline: <code>").append(Html.esc(r.input().baselineFlavor())).append("</code>. ")
                .append(Html.esc(MarkdownReport.methodLine(r))).append("</p>\n");
        if (!r.failedThresholds().isEmpty()) {
            h.append("<div class=\"fail\"><strong>").append(r.failedThresholds().size()).append(" threshold check(s) failed</strong>")
                    .append(Html.list(r.failedThresholds().stream().map(t -> t.name() + ": " + t.message()).toList())).append("</div>\n");
        } else if (!r.thresholds().isEmpty()) {
            h.append("<p class=\"pass\">All ").append(r.thresholds().size()).append(" threshold check(s) passed.</p>\n");
        }
        if (!r.input().failures().isEmpty()) {
            h.append("<div class=\"fail\"><strong>").append(r.input().failures().size()).append(" run(s) failed</strong>")
                    .append(Html.list(r.input().failures())).append("</div>\n");
        }
        List<SummaryRow> compared = r.rows().stream().filter(x -> x.relativePerformance() != null && MemoryFacts.isPerformance(x)).toList();
        if (compared.isEmpty()) {
            return h.append("<p>No flavor could be compared with the baseline.</p>\n</section>\n").toString();
        }
        h.append(overall(compared));
        h.append(Html.table(List.of("Workload · metric", "Best flavor", "Overhead [95% interval]", "Worst flavor",
                "Overhead [95% interval]"), perWorkload(r, compared)));
        h.append("<h3>All overheads against the baseline</h3>\n");
        List<SummaryRow> tested = r.rows().stream()
                .filter(x -> !x.baseline() && x.baselineTasks() != null && MemoryFacts.isPerformance(x)).toList();
        h.append(Html.table(List.of("Workload · metric", "Flavor", "Tasks", "Overhead", "95% interval", "p (Welch)",
                "p (Holm)", "Differs at 5%? (Holm)"), tested.stream().map(x -> List.of(x.workload() + " · " + x.metric(),
                x.flavor(), x.tasks() + " vs " + x.baselineTasks(), Fmt.pct(x.overheadPct()), Fmt.interval(x),
                Fmt.p(x.pValue()), Fmt.p(x.pAdjusted()), differs(x))).toList()));
        return h.append("</section>\n").toString();
    }

    /** Whether the row differs from the baseline at 5%, by its Holm-adjusted p. */
    static String differs(SummaryRow x) {
        return x.pAdjusted() == null ? "–" : x.pAdjusted() < 0.05 ? "yes" : "no";
    }

    private static String overall(List<SummaryRow> compared) {
        Map<String, Double> geo = compared.stream().collect(Collectors.groupingBy(SummaryRow::flavor, LinkedHashMap::new,
                Collectors.averagingDouble(x -> Math.log(x.relativePerformance()))));
        String best = geo.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String worst = geo.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (geo.size() == 1) {
            return "<p class=\"headline\">One flavor compared: <strong>" + Html.esc(best) + "</strong> (relative performance "
                    + Fmt.ratio(Math.exp(geo.get(best))) + ", geometric mean over the rows compared; the baseline is 1).</p>\n";
        }
        return "<p class=\"headline\">Best flavor overall: <strong>" + Html.esc(best) + "</strong> (relative performance "
                + Fmt.ratio(Math.exp(geo.get(best))) + "); worst: <strong>" + Html.esc(worst) + "</strong> ("
                + Fmt.ratio(Math.exp(geo.get(worst))) + "). Geometric mean of relative performance over the rows compared; "
                + "the baseline is 1.</p>\n";
    }

    private static List<List<String>> perWorkload(Report r, List<SummaryRow> compared) {
        List<List<String>> rows = new ArrayList<>();
        for (List<SummaryRow> group : MarkdownReport.byWorkloadMetric(compared).values()) {
            SummaryRow best = group.stream().max(Comparator.comparing(SummaryRow::relativePerformance)).orElseThrow();
            SummaryRow worst = group.stream().min(Comparator.comparing(SummaryRow::relativePerformance)).orElseThrow();
            rows.add(List.of(best.workload() + " · " + best.metric(), MarkdownReport.instance(r.input(), best) + " ×" + best.tasks(),
                    overhead(best), MarkdownReport.instance(r.input(), worst) + " ×" + worst.tasks(), overhead(worst)));
        }
        return rows;
    }

    private static String overhead(SummaryRow x) {
        return Fmt.pct(x.overheadPct()) + " " + Fmt.interval(x.overheadCi95Low(), x.overheadCi95High());
    }
}
