package io.vgpubench.report;

import io.vgpubench.report.units.Scale;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/** The per-flavor overhead table as plain text for the terminal (what `vgpubench run` prints last): means in
 * each metric's display unit, memory facts without an overhead. */
public final class OverheadTable {
    private static final List<String> HEADER = List.of("workload", "metric", "flavor", "tasks", "mean ± sd", "unit",
            "overhead", "95% interval", "p", "p (Holm)");

    private OverheadTable() {}

    public static String render(Report r) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (List<SummaryRow> group : MarkdownReport.byWorkloadMetric(r.rows()).values()) {
            Scale scale = ColumnScale.of(group);
            for (SummaryRow row : group) {
                boolean plain = row.baseline() || MemoryFacts.is(row);
                cells.add(List.of(row.workload(), row.metric(), row.baseline() ? row.flavor() + " (baseline)" : row.flavor(),
                        String.valueOf(row.tasks()), MemoryFacts.is(row) ? ColumnScale.fact(scale, row) : ColumnScale.meanSd(scale, row),
                        Fmt.unit(scale.unit()), plain ? "" : Fmt.pct(row.overheadPct()),
                        plain ? "" : Fmt.interval(row),
                        plain ? "" : Fmt.p(row.pValue()),
                        plain ? "" : Fmt.p(row.pAdjusted())));
            }
        }
        int[] width = new int[HEADER.size()];
        cells.forEach(line -> {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> line : cells) {
            for (int i = 0; i < width.length; i++) {
                out.append(String.format("%-" + width[i] + "s", line.get(i))).append(i + 1 < width.length ? "  " : "");
            }
            out.setLength(out.length() - countTrailingSpaces(out));
            out.append('\n');
        }
        if (r.input().sharing().leftOut() > 0) {
            out.append(r.input().sharing().leftOut()).append(" sample(s) of shared cards left out of these figures: "
                    + "co-runners' overlap not proven (see Shared cards in report.md, overlap.csv)\n");
        }
        r.failedThresholds().forEach(t -> out.append("FAILED threshold ").append(t.name()).append(": ").append(t.message()).append('\n'));
        return out.toString();
    }

    private static int countTrailingSpaces(StringBuilder s) {
        int n = 0;
        while (n < s.length() && s.charAt(s.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }
}
