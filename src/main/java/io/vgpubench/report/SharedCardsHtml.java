package io.vgpubench.report;

import io.vgpubench.report.html.Charts;
import io.vgpubench.report.units.Scale;
import io.vgpubench.sharing.SharedCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** report.html's "Shared cards" section: the same tables as report.md, and a density-sweep chart per workload metric. */
final class SharedCardsHtml {
    private SharedCardsHtml() {}

    static String render(Report r) {
        if (!SharedCardTables.present(r)) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section id=\"shared-cards\">\n<h2>Shared cards</h2>\n<p>")
                .append(Html.esc(SharedCardTables.RULE)).append("</p>\n");
        int leftOut = r.input().sharing().leftOut();
        h.append("<p class=\"").append(leftOut > 0 ? "warn" : "pass").append("\"><strong>")
                .append(Html.esc(SharedCardTables.headline(r))).append("</strong></p>\n");
        if (!r.input().sharing().flagged().isEmpty()) {
            h.append(Html.table(SharedCardTables.FLAGGED_HEADER, SharedCardTables.flagged(r)))
                    .append(Html.list(SharedCardTables.reasons(r)));
        }
        Map<String, List<SharedCard>> groups = SharedCardTables.byWorkloadMetric(r);
        if (!groups.isEmpty()) {
            h.append("<p>").append(Html.esc(SharedCardTables.AGGREGATE)).append("</p>\n");
        }
        List<Supplier<String>> charts = new ArrayList<>();
        for (Map.Entry<String, List<SharedCard>> g : groups.entrySet()) {
            if (SharedCardTables.sweeps(g.getValue())) {
                SharedCard first = g.getValue().get(0);
                String id = "sweep" + charts.size();
                charts.add(() -> Charts.densitySweep(id, "Density sweep: " + g.getKey(),
                        first.metric() + " (" + Fmt.unit(first.unit()) + ")", g.getValue()));
            }
        }
        List<String> svgs = Charts.drawAll(charts);
        int i = 0;
        for (Map.Entry<String, List<SharedCard>> g : groups.entrySet()) {
            SharedCard first = g.getValue().get(0);
            Scale scale = SharedCardTables.scale(g.getValue());
            h.append("<h3>").append(Html.esc(g.getKey())).append(" (").append(Html.esc(Fmt.unit(scale.unit()))).append(", ")
                    .append(first.higherIsBetter() ? "higher" : "lower").append(" is better)</h3>\n")
                    .append(Html.table(SharedCardTables.header(first.higherIsBetter()),
                            g.getValue().stream().map(c -> SharedCardTables.cells(r.input(), c, scale)).toList()));
            if (SharedCardTables.sweeps(g.getValue())) {
                h.append("<figure class=\"chart sweep\" data-workload=\"").append(Html.esc(first.workload())).append("\">\n")
                        .append(svgs.get(i++)).append("\n</figure>\n")
                        .append(Html.table(SharedCardTables.sweepHeader(r.input(), g.getValue()),
                                SharedCardTables.sweepRows(g.getValue(), scale)));
            }
        }
        return h.append("</section>\n").toString();
    }
}
