package io.vgpubench.report;

import io.vgpubench.report.html.Charts;
import io.vgpubench.report.units.Scale;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders report.html: one self-contained file (inline CSS and SVG, nothing fetched): the summary,
 * then per workload metric a relative-performance chart with its table, share efficiency against the
 * allotted fraction, shared cards (samples left out, per-task and aggregate figures, density sweeps),
 * distributions and run order per workload metric, outliers, device facts, cost, performance per watt and per
 * allocation unit, warnings.
 */
final class HtmlReport {
    private HtmlReport() {}

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1150px;color:#222;padding:0 1em}
            table{border-collapse:collapse;margin:0.8em 0;font-size:0.92em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
            th{background:#f2f2f2}td{white-space:nowrap}td:first-child{white-space:normal;max-width:22em;overflow-wrap:anywhere}td:first-child,th:first-child{text-align:left}
            figure{margin:1em 0}figure svg{max-width:100%;height:auto}.fail{background:#fde8e8;border-left:4px solid #c00;padding:0.4em 1em}
            .pass{color:#060}.warn{background:#fff6d6;border-left:4px solid #d9a400;padding:0.4em 1em}.headline{font-size:1.1em}.chart-missing{background:#f4f4f4;border:1px dashed #999;padding:1em;color:#444}
            """;

    static String render(Report r) {
        ReportInput in = r.input();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>vgpubench report: ")
                .append(Html.esc(in.campaign())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>vgpubench report: ").append(Html.esc(in.campaign())).append("</h1>\n");
        h.append(HtmlSummary.render(r));
        Map<String, List<SummaryRow>> groups = MarkdownReport.byWorkloadMetric(r.rows());
        h.append("<section id=\"workloads\">\n");
        List<java.util.function.Supplier<String>> charts = new ArrayList<>();
        for (Map.Entry<String, List<SummaryRow>> g : groups.entrySet()) {
            if (MemoryFacts.is(g.getValue().get(0))) {
                continue;
            }
            String id = "relperf" + charts.size();
            charts.add(() -> Charts.relativePerformance(id, "Relative performance: " + g.getKey(), g.getValue()));
        }
        List<String> svgs = Charts.drawAll(charts);
        int i = 0;
        for (Map.Entry<String, List<SummaryRow>> g : groups.entrySet()) {
            SummaryRow first = g.getValue().get(0);
            Scale scale = ColumnScale.of(g.getValue());
            if (MemoryFacts.is(first)) {
                h.append("<h2>").append(Html.esc(g.getKey())).append(" (").append(Html.esc(Fmt.unit(scale.unit())))
                        .append(", a memory fact)</h2>\n").append(factTable(in, scale, g.getValue()));
                continue;
            }
            h.append("<h2>").append(Html.esc(g.getKey())).append(" (").append(Html.esc(Fmt.unit(scale.unit()))).append(", ")
                    .append(first.higherIsBetter() ? "higher" : "lower").append(" is better)</h2>\n")
                    .append("<figure class=\"chart relperf\" data-workload=\"").append(Html.esc(first.workload())).append("\">\n")
                    .append(svgs.get(i++))
                    .append("\n</figure>\n").append(valueTable(in, scale, g.getValue()));
        }
        h.append("</section>\n");
        Charts.shareEfficiency("share", r.rows().stream().filter(MemoryFacts::isPerformance).toList()).ifPresent(svg -> h.append("<section id=\"share\">\n<h2>Share efficiency</h2>\n")
                .append("<p>Relative performance divided by the fraction of the card the flavor is allotted; 1 means a flavor "
                        + "delivers exactly its share.</p>\n<figure class=\"chart share\">\n").append(svg).append("\n</figure>\n</section>\n"));
        h.append(SharedCardsHtml.render(r));
        h.append(HtmlSections.observations(r));
        h.append(HtmlSections.devicesAndWarnings(r));
        return h.append("</body>\n</html>\n").toString();
    }

    private static String factTable(ReportInput in, Scale scale, List<SummaryRow> rows) {
        return Html.table(List.of("Instance", "Tasks", "Value (" + scale.unit() + ")", "n"), rows.stream()
                .map(x -> List.of(MarkdownReport.instance(in, x), String.valueOf(x.tasks()), ColumnScale.fact(scale, x),
                        String.valueOf(x.n()))).toList());
    }

    private static String valueTable(ReportInput in, Scale scale, List<SummaryRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (SummaryRow x : rows) {
            cells.add(List.of(MarkdownReport.instance(in, x), MarkdownReport.scheduler(in, x.flavor()), String.valueOf(x.tasks()),
                    ColumnScale.meanSd(scale, x), String.valueOf(x.n()), Fmt.pct(x.overheadPct()),
                    Fmt.interval(x), Fmt.p(x.pValue()), Fmt.p(x.pAdjusted()), Fmt.ratio(x.shareEfficiency())));
        }
        return Html.table(List.of("Instance", "Scheduling policy", "Tasks", "Mean ± sd (" + Fmt.unit(scale.unit()) + ")", "n",
                "Overhead", "95% interval", "p (Welch)", "p (Holm)", "Share efficiency"), cells);
    }

    static List<Series> seriesOf(Report r, String workload, String metric) {
        return r.series().stream().filter(s -> s.key().workload().equals(workload) && s.key().metric().equals(metric)
                && !s.observations().isEmpty()).toList();
    }
}
