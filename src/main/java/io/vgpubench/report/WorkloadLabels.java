package io.vgpubench.report;

import io.vgpubench.contract.event.Sample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names a sample's workload for the report so different parameter sets of one workload never pool
 * into one series: "gemm" alone when a campaign ran gemm one way, "gemm[precision=fp64]" and
 * "gemm[precision=fp32]" when it ran it two ways (only the parameters that differ are named).
 */
public final class WorkloadLabels {
    private final Map<String, Set<String>> varying = new HashMap<>();

    public WorkloadLabels(List<Sample> samples) {
        Map<String, Map<String, Set<String>>> values = new HashMap<>();
        for (Sample s : samples) {
            Map<String, Set<String>> byKey = values.computeIfAbsent(s.workload(), k -> new HashMap<>());
            if (s.parameters() != null) {
                s.parameters().forEach((k, v) -> byKey.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
            }
        }
        Map<String, Set<Map<String, String>>> sets = new HashMap<>();
        for (Sample s : samples) {
            sets.computeIfAbsent(s.workload(), k -> new java.util.HashSet<>())
                    .add(s.parameters() == null ? Map.of() : s.parameters());
        }
        for (Sample s : samples) {
            Set<String> keys = new TreeSet<>();
            values.get(s.workload()).forEach((k, vs) -> {
                if (vs.size() > 1 || s.parameters() == null || !s.parameters().containsKey(k)) {
                    keys.add(k);
                }
            });
            varying.put(s.workload(), fewest(keys, sets.get(s.workload())));
        }
    }

    /** One varying key when it alone tells the parameter sets apart ("precision" first), else all of them. */
    private static Set<String> fewest(Set<String> keys, Set<Map<String, String>> sets) {
        List<String> order = new java.util.ArrayList<>(keys);
        order.sort(java.util.Comparator.comparing((String k) -> !k.equals("precision")).thenComparing(k -> k));
        for (String k : order) {
            long distinct = sets.stream().map(m -> m.getOrDefault(k, "-")).distinct().count();
            if (distinct == sets.size()) {
                return Set.of(k);
            }
        }
        return keys;
    }

    public String label(Sample s) {
        Set<String> keys = varying.getOrDefault(s.workload(), Set.of());
        if (keys.isEmpty() || s.parameters() == null) {
            return s.workload();
        }
        Map<String, String> shown = new TreeMap<>();
        keys.forEach(k -> shown.put(k, s.parameters().getOrDefault(k, "-")));
        StringBuilder sb = new StringBuilder(s.workload()).append('[');
        shown.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : ",").append(k).append('=').append(v));
        return sb.append(']').toString();
    }

    /** Whether a threshold's workload (a bare name, a full label, or "*") covers a row's label. */
    public static boolean covers(String wanted, String label) {
        return wanted == null || wanted.equals("*") || wanted.equals(label) || label.startsWith(wanted + "[");
    }
}
