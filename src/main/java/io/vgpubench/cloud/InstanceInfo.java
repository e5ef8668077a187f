package io.vgpubench.cloud;

import java.util.Map;

/**
 * An instance as a cloud reports it: its id on the cloud, the campaign's name for it, its flavor and state,
 * how SSH reaches it, and the metadata the cloud keeps with it.
 */
public record InstanceInfo(String id, String name, String flavor, InstanceState state, SshRoute route,
                           Map<String, String> metadata) {
    public InstanceInfo {
        route = route == null ? SshRoute.none() : route;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
