package io.vgpubench.report;

import io.vgpubench.contract.event.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Samples taken while their card slowed its clocks for anything but its power cap (thermal or hardware slowdown,
 * sync boost, application clocks, as each sample's device facts say: read during the repetition through NVML, else
 * by nvidia-smi -q when the agent started): one warning per instance and card, with how many of its samples and why.
 */
final class Slowdowns {
    private Slowdowns() {}

    static List<String> warnings(List<Sample> samples) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // {slowed, all}
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        for (Sample s : samples) {
            if (s.device() == null || s.device().clockEventReasons() == null) {
                continue;
            }
            String card = s.deviceIndex() == null || s.deviceIndex() == 0 ? "" : " card " + s.deviceIndex();
            String who = s.instance() + card + " (" + s.flavor() + ")";
            int[] c = counts.computeIfAbsent(who, k -> new int[2]);
            c[1]++;
            List<String> slow = s.device().slowdowns();
            if (!slow.isEmpty()) {
                c[0]++;
                reasons.computeIfAbsent(who, k -> new LinkedHashSet<>()).addAll(slow);
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((who, c) -> {
            if (c[0] > 0) {
                out.add(who + ": " + c[0] + " of " + c[1] + " sample(s) taken while the card slowed its clocks for "
                        + String.join(", ", reasons.get(who)) + " (not its power cap)");
            }
        });
        return out;
    }
}
