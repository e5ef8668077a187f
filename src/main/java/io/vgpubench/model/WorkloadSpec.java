package io.vgpubench.model;

import java.util.Map;

/** A workload by its agent name with the user's parameters (the agent merges its defaults). */
public record WorkloadSpec(String name, Map<String, String> parameters) {
    public WorkloadSpec {
        parameters = Map.copyOf(parameters);
    }
}
