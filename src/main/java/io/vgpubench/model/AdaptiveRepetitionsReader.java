package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import java.util.Set;

/**
 * Reads {@code repetitions: {min: 5, max: 50, target_ci_pct: 1.0}}. Each problem is reported at its field: min at
 * least 2 (an interval needs two values), max at least min, a target above 0 and at most 100 points; null if any.
 */
final class AdaptiveRepetitionsReader {
    private static final Set<String> KEYS = Set.of("min", "max", "target_ci_pct");

    private AdaptiveRepetitionsReader() {}

    static AdaptiveRepetitions read(Node n) {
        if (!n.isMapping(KEYS)) {
            return null;
        }
        Long min = n.required("min").map(m -> m.integer(2, 100_000)).orElse(null);
        Long max = n.required("max").map(m -> m.integer(2, 100_000)).orElse(null);
        Double target = n.required("target_ci_pct").map(Node::number).orElse(null);
        if (min != null && max != null && max < min) {
            n.field("max").problem("must be at least min (" + min + "), got " + max);
            return null;
        }
        if (target != null && !(target > 0 && target <= 100)) {
            n.field("target_ci_pct").problem("must be above 0 and at most 100 (points of overhead either side of"
                    + " the estimate), got " + target);
            return null;
        }
        return min == null || max == null || target == null ? null
                : new AdaptiveRepetitions(min.intValue(), max.intValue(), target);
    }
}
