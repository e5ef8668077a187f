package io.vgpubench.model;

import java.time.Duration;
import java.util.Map;

/**
 * A workload by its agent name with the user's parameters (the agent merges its defaults), and the
 * cards it runs on: a card index such as "0", "each" (every card in turn), "all" (every card alone,
 * then all at once), or null for card 0, as before cards could be chosen. A user's own benchmark has a name of
 * its own and a {@code command}; {@code repetitionTime}, when set, is this workload's measuring time in a slot
 * (the playbook's {@code repetition_time} otherwise).
 */
public record WorkloadSpec(String name, Map<String, String> parameters, String devices, CommandDefinition command,
                           Duration repetitionTime) {
    public WorkloadSpec {
        parameters = Map.copyOf(parameters);
    }

    public WorkloadSpec(String name, Map<String, String> parameters, String devices) {
        this(name, parameters, devices, null, null);
    }

    /** On card 0. */
    public WorkloadSpec(String name, Map<String, String> parameters) {
        this(name, parameters, null);
    }

    public boolean isCommand() {
        return command != null;
    }

    /** True when the workload runs on one card (none named, or a card index), not on each or all cards. */
    public boolean onOneCard() {
        return devices == null || devices.chars().allMatch(Character::isDigit);
    }
}
