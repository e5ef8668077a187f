package io.vgpubench.report;

import io.vgpubench.report.units.Scale;
import io.vgpubench.sharing.SharedCard;
import java.util.List;
import java.util.Map;

/** report.md's "Shared cards" section: what was left out and why, then the study's Table V and VI shapes. */
final class SharedCardsMarkdown {
    private SharedCardsMarkdown() {}

    static void append(StringBuilder md, Report r) {
        if (!SharedCardTables.present(r)) {
            return;
        }
        md.append("## Shared cards\n\n").append(SharedCardTables.RULE).append("\n\n**")
                .append(Md.esc(SharedCardTables.headline(r))).append("**\n\n");
        if (!r.input().sharing().flagged().isEmpty()) {
            table(md, SharedCardTables.FLAGGED_HEADER, SharedCardTables.flagged(r));
            SharedCardTables.reasons(r).forEach(reason -> md.append("- ").append(Md.esc(reason)).append('\n'));
            md.append('\n');
        }
        Map<String, List<SharedCard>> groups = SharedCardTables.byWorkloadMetric(r);
        if (!groups.isEmpty()) {
            md.append(SharedCardTables.AGGREGATE).append("\n\n");
        }
        for (Map.Entry<String, List<SharedCard>> g : groups.entrySet()) {
            SharedCard first = g.getValue().get(0);
            Scale scale = SharedCardTables.scale(g.getValue());
            md.append("### ").append(Md.esc(g.getKey())).append(" (").append(Md.esc(Fmt.unit(scale.unit()))).append(", ")
                    .append(first.higherIsBetter() ? "higher" : "lower").append(" is better)\n\n");
            table(md, SharedCardTables.header(first.higherIsBetter()),
                    g.getValue().stream().map(c -> SharedCardTables.cells(r.input(), c, scale)).toList());
            if (SharedCardTables.sweeps(g.getValue())) {
                md.append("Density sweep, per task").append(first.higherIsBetter() ? " (Σ the card's aggregate)" : "")
                        .append(":\n\n");
                table(md, SharedCardTables.sweepHeader(r.input(), g.getValue()), SharedCardTables.sweepRows(g.getValue(), scale));
            }
        }
    }

    private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        Md.table(md, header, rows);
    }
}
