package io.vgpubench.model;

import java.util.Map;

/**
 * A workload by its agent name with the user's parameters (the agent merges its defaults), and the
 * cards it runs on: a card index such as "0", "each" (every card in turn), "all" (every card alone,
 * then all at once), or null for card 0, as before cards could be chosen.
 */
public record WorkloadSpec(String name, Map<String, String> parameters, String devices) {
    public WorkloadSpec {
        parameters = Map.copyOf(parameters);
    }

    /** On card 0. */
    public WorkloadSpec(String name, Map<String, String> parameters) {
        this(name, parameters, null);
    }

    /** True when the workload runs on one card (none named, or a card index), not on each or all cards. */
    public boolean onOneCard() {
        return devices == null || devices.chars().allMatch(Character::isDigit);
    }
}
