package io.vgpubench.report;

import io.vgpubench.report.units.Scale;
import java.util.List;
import java.util.Map;

/**
 * The report.md sections after the tables: outliers, thresholds, device facts, per-card spread, cost, performance per
 * watt and per allocation unit, warnings, failures, notes.
 */
final class Sections {
    private Sections() {}

    static void appendAll(StringBuilder md, Report r) {
        md.append("## Outliers\n\n");
        md.append(r.outliers().size()).append(" value(s) flagged by the ").append(io.vgpubench.stats.Outliers.RULE)
                .append("; none were dropped.\n\n");
        Map<String, Scale> scales = ColumnScale.byWorkloadMetric(r.rows());
        for (Report.Outlier o : r.outliers()) {
            md.append("- ").append(Md.esc(o.workload())).append('/').append(Md.esc(o.metric())).append(' ').append(Md.esc(o.flavor()))
                    .append(" x").append(o.tasks()).append(", repetition ").append(o.repetition()).append(": ")
                    .append(Md.esc(ColumnScale.value(scales, o, o.value()))).append(" (median ")
                    .append(Md.esc(ColumnScale.value(scales, o, o.median()))).append(")\n");
        }
        if (!r.thresholds().isEmpty()) {
            md.append("\n## Thresholds\n\n").append(r.failedThresholds().size()).append(" of ")
                    .append(r.thresholds().size()).append(" check(s) failed.\n\n");
            r.thresholds().forEach(t -> md.append("- ").append(t.passed() ? "PASS " : "FAIL ").append(Md.esc(t.name()))
                    .append(": ").append(Md.esc(t.message())).append('\n'));
        }
        devices(md, r);
        cards(md, r);
        cost(md, r);
        EfficiencySections.markdown(md, r);
        list(md, "Warnings", r.warnings());
        list(md, "Failures", r.input().failures());
        list(md, "Notes", r.notes());
    }

    private static void devices(StringBuilder md, Report r) {
        if (r.input().devices().isEmpty()) {
            return;
        }
        md.append("\n## Device facts\n\n| Flavor | Instance | Device | Driver | CUDA | SM clock (max) MHz | Memory reported GiB | Memory allocatable GiB |"
                        + " Reserved GiB | Virtualization | vGPU license | MIG | ECC | Clock events |\n")
                .append("|---|---|---|---|---|---|---:|---:|---:|---|---|---|---|---|\n");
        for (DeviceSeen d : r.input().devices()) {
            md.append("| ").append(Md.esc(d.flavor())).append(" | ").append(Md.esc(d.instance())).append(" | ").append(Md.esc(dash(d.text("name"))))
                    .append(" | ").append(Md.esc(dash(d.text("driver")))).append(" | ").append(Md.esc(dash(d.text("cuda")))).append(" | ")
                    .append(Md.esc(dash(d.text("sm_clock_mhz")))).append(" (").append(Md.esc(dash(d.text("sm_clock_max_mhz")))).append(") | ")
                    .append(gib(d.number("memory_reported_bytes"))).append(" | ")
                    .append(gib(d.number("memory_allocatable_bytes"))).append(" | ")
                    .append(String.join(" | ", queried(d).stream().map(Md::esc).toList())).append(" |\n");
        }
    }

    /** The facts of nvidia-smi -q (-L for a MIG instance), as table cells: reserved GiB, virtualization, license, MIG, ECC, clock events. */
    static List<String> queried(DeviceSeen d) {
        String license = d.text("license_status");
        String product = d.text("vgpu_product");
        Object events = d.facts().get("clock_event_reasons");
        return List.of(gib(d.number("memory_reserved_bytes")), dash(d.text("virtualization")),
                license == null ? "–" : (product == null ? "" : product + ": ") + license, mig(d),
                dash(d.text("ecc_mode")), events instanceof List<?> l ? (l.isEmpty() ? "none"
                        : String.join(", ", l.stream().map(String::valueOf).toList())) : "–");
    }

    /** MIG mode, and the instance the task ran in where it ran in one: "Enabled: 3g.71gb (GI 2, CI 0, 69.8 GiB)". */
    static String mig(DeviceSeen d) {
        String mode = d.text("mig_mode");
        return d.migInstance().map(i -> (mode == null ? "" : mode + ": ") + i.describe()).orElse(dash(mode));
    }

    static final String CARDS_NOTE = "Instances that measured several cards: each card's median, and their spread. "
            + "A card far from the others (clocks, power, a neighbour) shows here.";

    private static void cards(StringBuilder md, Report r) {
        if (r.input().cards().isEmpty()) {
            return;
        }
        md.append("\n## Per-card spread\n\n").append(CARDS_NOTE).append("\n\n| ")
                .append(String.join(" | ", CardSpread.HEADER)).append(" |\n|---|---|---|---|---:|---|---:|---:|---:|---|\n");
        for (CardSpread c : r.input().cards()) {
            md.append("| ").append(String.join(" | ", c.cells().stream().map(Md::esc).toList())).append(" |\n");
        }
    }

    static final String COST_NOTE = "What a result costs on each flavor with a cost an hour in its catalog: for a"
            + " rate, the work one unit of cost buys (mean × tasks × 3600 / cost an hour); for a time, what one result"
            + " costs. Ranked within each workload and metric, best first. Measured share: the instance against the"
            + " baseline (relative performance × tasks); stated share: the catalog's.";

    private static void cost(StringBuilder md, Report r) {
        List<CostRows.Row> rows = CostRows.of(r);
        if (rows.isEmpty()) {
            return;
        }
        md.append("\n## Cost per unit of work\n\n").append(COST_NOTE).append("\n\n");
        Md.table(md, CostRows.HEADER, rows.stream().map(CostRows.Row::cells).toList());
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (!items.isEmpty()) {
            md.append("\n## ").append(title).append("\n\n");
            items.forEach(i -> md.append("- ").append(Md.esc(i)).append('\n'));
        }
    }

    static String dash(String s) {
        return s == null ? "–" : s;
    }

    static String gib(Double bytes) {
        return bytes == null ? "–" : Fmt.fixed(bytes / (1024.0 * 1024 * 1024), 2);
    }
}
