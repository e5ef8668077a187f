package io.vgpubench.compare;

import java.util.Locale;

/** A comparison as a Markdown table, readable in a terminal and in a file. */
public final class ComparisonText {
    private ComparisonText() {}

    public static String markdown(CampaignComparison c) {
        StringBuilder b = new StringBuilder();
        b.append("# Comparison: A = ").append(c.nameA()).append(", B = ").append(c.nameB()).append("\n\n");
        b.append("Change = (mean B / mean A − 1)·100; 95% interval by Fieller's method for the ratio of means (\"unbounded\" ")
                .append("where A's interval of the mean includes zero); p: Welch's two-sided t-test; p (Holm): adjusted by ")
                .append("Holm's step-down method over the ").append(c.changes().size()).append(" change(s) compared; ")
                .append("significant: p (Holm) < 0.05.\n\n");
        b.append("| Workload · metric | Flavor | Tasks | A mean ± sd (n) | B mean ± sd (n) | Change | 95% interval | p | p (Holm) | Verdict |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Change x : c.changes()) {
            b.append(String.format(Locale.ROOT, "| %s · %s | %s | %d | %s (%d) | %s (%d) | %s | %s | %s | %s | %s%s |%n",
                    x.workload(), x.metric(), x.flavor(), x.tasks(), meanSd(x.meanA(), x.sdA()), x.nA(), meanSd(x.meanB(), x.sdB()),
                    x.nB(), x.changePct() == null ? "–" : String.format(Locale.ROOT, "%+.1f%%", x.changePct()), interval(x),
                    x.pValue() == null ? "–" : p(x.pValue()), x.pAdjusted() == null ? "–" : p(x.pAdjusted()),
                    x.significant() ? "**" : "", x.verdict() + (x.significant() ? "**" : "")));
        }
        if (!c.onlyInA().isEmpty()) {
            b.append("\nOnly in A: ").append(String.join("; ", c.onlyInA())).append('\n');
        }
        if (!c.onlyInB().isEmpty()) {
            b.append("\nOnly in B: ").append(String.join("; ", c.onlyInB())).append('\n');
        }
        return b.toString();
    }

    private static String meanSd(double mean, Double sd) {
        return sd == null ? String.format(Locale.ROOT, "%.4g", mean) : String.format(Locale.ROOT, "%.4g ± %.2g", mean, sd);
    }

    private static String interval(Change x) {
        if ("UNBOUNDED".equals(x.intervalMethod())) {
            return "unbounded";
        }
        return x.changeCi95Low() == null ? "–"
                : String.format(Locale.ROOT, "[%+.1f, %+.1f]%%", x.changeCi95Low(), x.changeCi95High());
    }

    private static String p(double p) {
        return p < 0.001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.3f", p);
    }
}
