package io.vgpubench.report;

import io.vgpubench.report.html.Charts;
import io.vgpubench.report.units.Scale;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The lower sections of report.html: distributions, run order, outliers, device facts, warnings, notes. */
final class HtmlSections {
    private HtmlSections() {}

    static String observations(Report r) {
        StringBuilder dist = new StringBuilder();
        StringBuilder order = new StringBuilder();
        List<Supplier<String>> charts = new ArrayList<>();
        for (Map.Entry<String, List<SummaryRow>> g : MarkdownReport.byWorkloadMetric(r.rows()).entrySet()) {
            SummaryRow first = g.getValue().get(0);
            List<Series> series = HtmlReport.seriesOf(r, first.workload(), first.metric());
            if (series.isEmpty()) {
                continue;
            }
            String axis = first.metric() + " (" + Fmt.unit(first.unit()) + ")";
            int n = charts.size() / 2;
            charts.add(() -> Charts.distribution("dist" + n, "Repetitions: " + g.getKey(), axis, series, r.outliers()));
            charts.add(() -> Charts.runOrder("order" + n, "Run order: " + g.getKey(), axis, series));
        }
        List<String> svgs = Charts.drawAll(charts);
        int i = svgs.size() / 2;
        for (int k = 0; k < i; k++) {
            dist.append("<figure class=\"chart distribution\">\n").append(svgs.get(2 * k)).append("\n</figure>\n");
            order.append("<figure class=\"chart runorder\">\n").append(svgs.get(2 * k + 1)).append("\n</figure>\n");
        }
        if (i == 0) {
            return "<section id=\"distributions\">\n<h2>Distributions</h2>\n<p>Summary-level input only (mean, sd, n): "
                    + "no individual repetitions to plot.</p>\n</section>\n";
        }
        StringBuilder h = new StringBuilder("<section id=\"distributions\">\n<h2>Distributions</h2>\n").append(dist)
                .append("</section>\n<section id=\"run-order\">\n<h2>Run order</h2>\n<p>Drift over the campaign shows as a slope.</p>\n")
                .append(order).append("</section>\n<section id=\"outliers\">\n<h2>Outliers</h2>\n<p>")
                .append(r.outliers().size()).append(" value(s) flagged by the ").append(Html.esc(io.vgpubench.stats.Outliers.RULE))
                .append("; none were dropped.</p>\n");
        if (!r.outliers().isEmpty()) {
            Map<String, Scale> scales = ColumnScale.byWorkloadMetric(r.rows());
            h.append(Html.table(List.of("Workload · metric", "Flavor", "Tasks", "Repetition", "Value", "Series median"),
                    r.outliers().stream().map(o -> List.of(o.workload() + " · " + o.metric(), o.flavor(), String.valueOf(o.tasks()),
                            String.valueOf(o.repetition()), ColumnScale.value(scales, o, o.value()),
                            ColumnScale.value(scales, o, o.median()))).toList()));
        }
        return h.append("</section>\n").toString();
    }

    static String devicesAndWarnings(Report r) {
        StringBuilder h = new StringBuilder();
        if (!r.input().cards().isEmpty()) {
            h.append("<section id=\"cards\">\n<h2>Per-card spread</h2>\n<p>").append(Html.esc(Sections.CARDS_NOTE))
                    .append("</p>\n").append(Html.table(CardSpread.HEADER,
                            r.input().cards().stream().map(CardSpread::cells).toList())).append("</section>\n");
        }
        if (!r.input().devices().isEmpty()) {
            h.append("<section id=\"devices\">\n<h2>Device facts</h2>\n").append(Html.table(List.of("Flavor", "Instance", "Device",
                    "Driver", "CUDA", "SM clock MHz", "SM clock max MHz", "Memory reported GiB", "Memory allocatable GiB",
                    "Reserved GiB", "Virtualization", "vGPU license", "MIG", "ECC", "Clock events"),
                    r.input().devices().stream().map(d -> {
                        List<String> cells = new java.util.ArrayList<>(List.of(d.flavor(), String.valueOf(d.instance()),
                                Sections.dash(d.text("name")), Sections.dash(d.text("driver")), Sections.dash(d.text("cuda")),
                                Sections.dash(d.text("sm_clock_mhz")), Sections.dash(d.text("sm_clock_max_mhz")),
                                Sections.gib(d.number("memory_reported_bytes")),
                                Sections.gib(d.number("memory_allocatable_bytes"))));
                        cells.addAll(Sections.queried(d));
                        return List.copyOf(cells);
                    }).toList())).append("</section>\n");
        }
        List<CostRows.Row> cost = CostRows.of(r);
        if (!cost.isEmpty()) {
            h.append("<section id=\"cost\">\n<h2>Cost per unit of work</h2>\n<p>").append(Html.esc(Sections.COST_NOTE))
                    .append("</p>\n").append(Html.table(CostRows.HEADER, cost.stream().map(CostRows.Row::cells).toList()));
            io.vgpubench.report.html.Charts.costEfficiency("cost-efficiency", CostRows.ofBest(cost)).ifPresent(h::append);
            h.append("</section>\n");
        }
        h.append(EfficiencySections.html(r));
        if (!r.warnings().isEmpty()) {
            h.append("<section id=\"warnings\" class=\"warn\">\n<h2>Warnings</h2>\n").append(Html.list(r.warnings())).append("</section>\n");
        }
        if (!r.notes().isEmpty()) {
            h.append("<section id=\"notes\">\n<h2>Notes</h2>\n").append(Html.list(r.notes())).append("</section>\n");
        }
        return h.toString();
    }
}
