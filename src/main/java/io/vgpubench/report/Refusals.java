package io.vgpubench.report;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.model.Requirements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples a playbook's {@code require} refuses (their device facts say an unlicensed vGPU, or clocks slowed for
 * anything but the power cap), and one failure line per instance and reason for them. The refused stay in
 * samples.jsonl; the report is made from the rest.
 */
public record Refusals(List<Sample> kept, List<String> failures) {

    public static Refusals of(List<Sample> samples, Requirements require) {
        if (require == null || !require.any()) {
            return new Refusals(samples, List.of());
        }
        List<Sample> kept = new ArrayList<>();
        Map<List<String>, Integer> refused = new LinkedHashMap<>(); // (instance, reasons) -> samples
        for (Sample s : samples) {
            List<String> why = require.broken(s.device());
            if (why.isEmpty()) {
                kept.add(s);
            } else {
                refused.merge(List.of(String.valueOf(s.instance()), String.join("; ", why)), 1, Integer::sum);
            }
        }
        List<String> failures = new ArrayList<>();
        refused.forEach((key, n) -> failures.add(key.get(0) + ": " + n + " sample(s) refused by " + key.get(1)));
        return new Refusals(List.copyOf(kept), List.copyOf(failures));
    }
}
