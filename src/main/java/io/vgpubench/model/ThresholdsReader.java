package io.vgpubench.model;

import io.vgpubench.contract.workload.Workloads;
import io.vgpubench.model.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the playbook's {@code thresholds}: pass/fail bounds that must name workloads and flavors it runs. */
final class ThresholdsReader {
    private static final Set<String> KEYS = Set.of("workload", "metric", "flavor", "max_overhead_pct", "max_cv_pct");
    private static final String ANY = "*";

    private ThresholdsReader() {}

    /** @param commands the playbook's own benchmarks by name (their metrics are theirs, not the catalog's) */
    static List<Threshold> read(Node list, List<String> flavorNames, List<String> workloadNames,
                                Map<String, CommandDefinition> commands) {
        List<Threshold> out = new ArrayList<>();
        for (Node e : list.elements()) {
            Threshold t = readOne(e, flavorNames, workloadNames, commands);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static Threshold readOne(Node e, List<String> flavorNames, List<String> workloadNames,
                                     Map<String, CommandDefinition> commands) {
        if (!e.isMapping(KEYS)) {
            return null;
        }
        String workload = e.required("workload").map(w -> among(w, workloadNames, "workload")).orElse(null);
        String metric = e.optional("metric").map(Node::text).orElse(ANY);
        CommandDefinition command = workload == null ? null : commands.get(workload);
        if (command != null && !metric.equals(ANY) && !command.knownMetrics().isEmpty()
                && !command.knownMetrics().contains(metric)) {
            e.field("metric").problem("command '" + workload + "' has no metric '" + metric + "'; it reports "
                    + command.knownMetrics());
        } else if (command == null && workload != null && !workload.equals(ANY) && !metric.equals(ANY)
                && !Workloads.reports(workload, metric)) {
            e.field("metric").problem("workload '" + workload + "' has no metric '" + metric + "'; it reports "
                    + Workloads.find(workload).map(k -> k.metricNames()).orElse(java.util.List.of()));
        }
        String flavor = e.optional("flavor").map(f -> among(f, flavorNames, "flavor")).orElse(ANY);
        Double overhead = e.optional("max_overhead_pct").map(Node::number).orElse(null);
        Double cv = e.optional("max_cv_pct").map(ThresholdsReader::nonNegative).orElse(null);
        if (e.optional("max_overhead_pct").isEmpty() && e.optional("max_cv_pct").isEmpty()) {
            e.problem("a threshold needs max_overhead_pct or max_cv_pct (or both)");
            return null;
        }
        return workload == null || flavor == null ? null : new Threshold(workload, metric, flavor, overhead, cv);
    }

    private static String among(Node n, List<String> names, String what) {
        String s = n.text();
        if (s != null && !s.equals(ANY) && !names.contains(s)) {
            n.problem("unknown " + what + " '" + s + "'; the playbook runs " + names + " (or '*' for any)");
            return null;
        }
        return s;
    }

    private static Double nonNegative(Node n) {
        Double v = n.number();
        if (v != null && v < 0) {
            n.problem("must be at least 0, got " + v);
            return null;
        }
        return v;
    }
}
