package io.vgpubench.report;

import io.vgpubench.report.units.Scale;
import io.vgpubench.stats.RatioInterval;
import io.vgpubench.stats.SummaryRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders report.md: per workload and metric, the study's table shape (instance, scheduling policy,
 * tasks, value ± sd, in the unit that reads best for the column), then the overhead against the baseline with its interval and Welch p-value;
 * memory facts as values alone; then shared cards (samples left out, per-task and aggregate figures, the density sweep), outliers, thresholds, device facts, warnings, failures and notes.
 */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(Report r) {
        StringBuilder md = new StringBuilder();
        ReportInput in = r.input();
        md.append("# vgpubench report: ").append(Md.esc(in.campaign())).append("\n\n");
        md.append("Baseline: **").append(Md.esc(in.baselineFlavor())).append("** (same task count where measured, else 1 task). ")
                .append("Values are mean ± sample standard deviation over n repetitions.\n\n");
        md.append(methodLine(r)).append("\n\n");
        for (List<SummaryRow> group : byWorkloadMetric(r.rows()).values()) {
            valueTable(md, in, group);
            overheadTable(md, in, group);
        }
        SharedCardsMarkdown.append(md, r);
        Sections.appendAll(md, r);
        return md.toString();
    }

    /** The multiple-comparison adjustment of the report's p-values, as reports state it. */
    static final String ADJUSTMENT = "Holm's step-down adjustment over every compared row of the report "
            + "(family-wise error at most 5%, whatever the rows' dependence); \"differs at 5%\" uses the adjusted p";

    static String methodLine(Report r) {
        long fieller = r.rowsWithIntervalMethod("FIELLER");
        long unbounded = r.rowsWithIntervalMethod("UNBOUNDED");
        var adaptive = r.input().adaptive();
        String level = adaptive == null ? "95%" : Fmt.sig(adaptive.level() * 100) + "% at each of the "
                + adaptive.looks().size() + " looks of adaptive repetitions, so at least 95% where the campaign stopped";
        String line = "Overhead intervals (" + level + "): " + RatioInterval.Method.FIELLER.label()
                + " for the ratio of means, " + fieller + " row(s)";
        line += unbounded > 0 ? "; unbounded in " + unbounded + " row(s), where the baseline's 95% interval of the mean "
                + "includes zero, so the data fit any ratio (no finite interval is claimed)." : ".";
        return line + " p: Welch's two-sided t-test against the baseline; p (Holm): " + ADJUSTMENT + ".";
    }

    static Map<String, List<SummaryRow>> byWorkloadMetric(List<SummaryRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> row.workload() + " · " + row.metric(),
                LinkedHashMap::new, Collectors.toList()));
    }

    private static void valueTable(StringBuilder md, ReportInput in, List<SummaryRow> group) {
        SummaryRow first = group.get(0);
        Scale scale = ColumnScale.of(group);
        String unit = Md.esc(Fmt.unit(scale.unit()));
        if (MemoryFacts.is(first)) {
            md.append("## ").append(Md.esc(first.workload())).append(" · ").append(Md.esc(first.metric())).append(" (")
                    .append(unit).append(", a memory fact)\n\n| Instance | Tasks | ").append(Md.esc(first.metric()))
                    .append(" (").append(unit).append(") | n |\n|---|---:|---:|---:|\n");
            group.forEach(row -> md.append("| ").append(Md.esc(instance(in, row))).append(" | ").append(row.tasks())
                    .append(" | ").append(ColumnScale.fact(scale, row)).append(" | ").append(row.n()).append(" |\n"));
            md.append('\n');
            return;
        }
        md.append("## ").append(Md.esc(first.workload())).append(" · ").append(Md.esc(first.metric())).append(" (").append(unit)
                .append(", ").append(first.higherIsBetter() ? "higher" : "lower").append(" is better)\n\n");
        md.append("| Instance | Scheduling policy | Tasks | ").append(Md.esc(first.metric())).append(" (").append(unit)
                .append(") | n | CV % | 95% CI of mean |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (SummaryRow row : group) {
            md.append("| ").append(Md.esc(instance(in, row))).append(" | ").append(Md.esc(scheduler(in, row.flavor()))).append(" | ")
                    .append(row.tasks()).append(" | ").append(ColumnScale.meanSd(scale, row)).append(" | ")
                    .append(row.n()).append(" | ").append(row.cvPct() == null ? "–" : Fmt.fixed(row.cvPct(), 2))
                    .append(" | ").append(row.ci95Low() == null ? "–" : "[" + Fmt.sig(scale.apply(row.ci95Low())) + ", "
                            + Fmt.sig(scale.apply(row.ci95High())) + "]").append(" |\n");
        }
        md.append('\n');
    }

    private static void overheadTable(StringBuilder md, ReportInput in, List<SummaryRow> group) {
        List<SummaryRow> compared = group.stream()
                .filter(row -> !row.baseline() && row.baselineTasks() != null && MemoryFacts.isPerformance(row)).toList();
        if (compared.isEmpty()) {
            return;
        }
        md.append("| Instance | Tasks | Overhead | 95% interval | p (Welch) | p (Holm) | Relative performance | Share | Share efficiency |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SummaryRow row : compared) {
            md.append("| ").append(Md.esc(instance(in, row))).append(" | ").append(row.tasks()).append(" vs ")
                    .append(row.baselineTasks()).append(" | ").append(Fmt.pct(row.overheadPct())).append(" | ")
                    .append(Fmt.interval(row)).append(" | ")
                    .append(Fmt.p(row.pValue())).append(" | ").append(Fmt.p(row.pAdjusted())).append(" | ").append(Fmt.ratio(row.relativePerformance())).append(" | ")
                    .append(Fmt.ratio(row.shareFraction())).append(" | ").append(Fmt.ratio(row.shareEfficiency()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    static String instance(ReportInput in, SummaryRow row) {
        String label = in.flavor(row.flavor()).label();
        String name = label == null || label.equals(row.flavor()) ? row.flavor() : row.flavor() + " (" + label + ")";
        return row.baseline() ? name + " (baseline)" : name;
    }

    static String scheduler(ReportInput in, String flavor) {
        String s = in.flavor(flavor).scheduler();
        return s == null ? "–" : s;
    }
}
