package io.vgpubench.report;

import io.vgpubench.report.html.Charts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The section "Performance per watt and per allocation unit" of report.html (a bar chart per rate, best flavor on top,
 * with a table) and of report.md (the tables): present where some rate has a power reading or a cost an hour.
 */
final class EfficiencySections {
    private EfficiencySections() {}

    static final String TITLE = "Performance per watt and per allocation unit";
    static final String PER_WATT_NOTE = "Each rate over the card's mean power during its repetitions (power_w), an"
            + " instance of k tasks counting k rates; higher is better. The power is the whole card's, also where a"
            + " flavor has only a slice of it (a vGPU, a MIG instance, an MPS partition): where other tenants work on the"
            + " card meanwhile, their draw is in it too. A flavor without a power reading is left out, never drawn as zero.";
    static final String NO_POWER = "No sample of a rate carries a power reading (power_w, from the card's energy"
            + " counter: absent on the CPU backend and where the driver offers none), so there is no chart of"
            + " performance per watt.";
    static final String PER_UNIT_NOTE = "Each rate as the work one unit of the catalog's cost buys (mean × tasks ×"
            + " 3600 / cost an hour), as in the cost table; higher is better.";
    static final String NO_COST = "No flavor that measured a rate has a cost an hour in its catalog, so there is no"
            + " chart per allocation unit.";
    static final List<String> HEADER = List.of("Workload · metric", "Flavor", "Tasks", "Figure", "Rank");

    private record Parts(List<Efficiency> perWatt, List<Efficiency> perUnit) {
        boolean any(List<Efficiency> e) {
            return e.stream().anyMatch(x -> !x.bars().isEmpty());
        }

        boolean shown() {
            return any(perWatt) || any(perUnit);
        }
    }

    private static Parts parts(Report r) {
        return new Parts(PerWatt.of(r), PerAllocationUnit.of(r, CostRows.of(r)));
    }

    static String html(Report r) {
        Parts p = parts(r);
        if (!p.shown()) {
            return "";
        }
        List<Supplier<String>> charts = new ArrayList<>();
        List<Efficiency> drawn = new ArrayList<>();
        for (List<Efficiency> kind : List.of(p.perWatt(), p.perUnit())) {
            String prefix = kind == p.perWatt() ? "Performance per watt: " : "Performance per allocation unit: ";
            String id = kind == p.perWatt() ? "perwatt" : "perunit";
            for (Efficiency e : kind) {
                if (!e.bars().isEmpty()) {
                    String chartId = id + charts.size();
                    charts.add(() -> Charts.efficiency(chartId, prefix + e.title(), e.unit(),
                            e.bars().stream().map(Efficiency.Bar::chart).toList()));
                    drawn.add(e);
                }
            }
        }
        List<String> svgs = Charts.drawAll(charts);
        StringBuilder h = new StringBuilder("<section id=\"efficiency\">\n<h2>").append(TITLE).append("</h2>\n");
        h.append(htmlPart(p.any(p.perWatt()), "Performance per watt", "perwatt", PER_WATT_NOTE, NO_POWER,
                "no power reading", p.perWatt(), drawn, svgs));
        h.append(htmlPart(p.any(p.perUnit()), "Performance per allocation unit", "perunit", PER_UNIT_NOTE, NO_COST,
                "no cost an hour", p.perUnit(), drawn, svgs));
        return h.append("</section>\n").toString();
    }

    private static String htmlPart(boolean any, String title, String css, String note, String none, String why,
                                   List<Efficiency> kind, List<Efficiency> drawn, List<String> svgs) {
        StringBuilder h = new StringBuilder("<h3>").append(title).append("</h3>\n");
        if (!any) {
            return h.append("<p class=\"no-").append(css).append("\">").append(Html.esc(none)).append("</p>\n").toString();
        }
        h.append("<p>").append(Html.esc(note)).append("</p>\n");
        List<List<String>> cells = new ArrayList<>();
        for (Efficiency e : kind) {
            int i = drawn.indexOf(e);
            if (i >= 0) {
                h.append("<figure class=\"chart ").append(css).append("\" data-metric=\"").append(Html.esc(e.title()))
                        .append("\">\n").append(svgs.get(i)).append("\n</figure>\n");
            }
            if (!e.leftOut().isEmpty()) {
                h.append("<p class=\"left-out\">").append(Html.esc(leftOut(e, why))).append("</p>\n");
            }
            cells.addAll(cells(e));
        }
        return h.append(Html.table(HEADER, cells)).toString();
    }

    static void markdown(StringBuilder md, Report r) {
        Parts p = parts(r);
        if (!p.shown()) {
            return;
        }
        md.append("\n## ").append(TITLE).append("\n");
        mdPart(md, p.any(p.perWatt()), "Performance per watt", PER_WATT_NOTE, NO_POWER, "no power reading",
                p.perWatt());
        mdPart(md, p.any(p.perUnit()), "Performance per allocation unit", PER_UNIT_NOTE, NO_COST, "no cost an hour",
                p.perUnit());
    }

    private static void mdPart(StringBuilder md, boolean any, String title, String note, String none, String why,
                               List<Efficiency> kind) {
        md.append("\n### ").append(title).append("\n\n");
        if (!any) {
            md.append(none).append('\n');
            return;
        }
        md.append(note).append("\n\n");
        List<List<String>> cells = new ArrayList<>();
        kind.forEach(e -> cells.addAll(cells(e)));
        Md.table(md, HEADER, cells);
        kind.stream().filter(e -> !e.leftOut().isEmpty())
                .forEach(e -> md.append("\n").append(Md.esc(leftOut(e, why))).append('\n'));
    }

    private static String leftOut(Efficiency e, String why) {
        return e.title() + ": left out (" + why + "): " + String.join(", ", e.leftOut()) + ".";
    }

    private static List<List<String>> cells(Efficiency e) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < e.bars().size(); i++) {
            Efficiency.Bar b = e.bars().get(i);
            rows.add(List.of(e.title(), b.flavor(), String.valueOf(b.tasks()), Fmt.sig(b.value()) + " " + e.unit(),
                    (i + 1) + " of " + e.bars().size()));
        }
        return rows;
    }
}
