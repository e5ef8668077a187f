package io.vgpubench.cloud;

import java.util.Map;

/**
 * An instance as a cloud reports it. {@code address} is how SSH reaches it (null for local);
 * {@code hostKeyFingerprints} are the SSH host key fingerprints the cloud handed over (console log),
 * empty when it gave none.
 */
public record InstanceInfo(String id, String name, String flavor, InstanceState state, String address,
                           java.util.List<String> hostKeyFingerprints, Map<String, String> metadata) {
    public InstanceInfo {
        hostKeyFingerprints = hostKeyFingerprints == null ? java.util.List.of() : java.util.List.copyOf(hostKeyFingerprints);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
