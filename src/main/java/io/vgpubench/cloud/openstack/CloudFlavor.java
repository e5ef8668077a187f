package io.vgpubench.cloud.openstack;

import java.util.Map;

/** A Nova flavor with its extra specs; {@code vgpus} is the {@code resources:VGPU} count (0 for none). */
public record CloudFlavor(String id, String name, int vcpus, int ramMb, int diskGb, Map<String, String> extraSpecs) {
    public CloudFlavor {
        extraSpecs = Map.copyOf(extraSpecs);
    }

    public int vgpus() {
        try {
            return Integer.parseInt(extraSpecs.getOrDefault("resources:VGPU", "0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The vGPU type the flavor asks for (a {@code trait:CUSTOM_*} or {@code resources:CUSTOM_*} extra spec), or null. */
    public String vgpuType() {
        return extraSpecs.entrySet().stream()
                .filter(e -> e.getKey().startsWith("trait:CUSTOM_") || e.getKey().startsWith("resources:CUSTOM_"))
                .map(e -> e.getKey().substring(e.getKey().indexOf(':') + 1)).sorted().findFirst().orElse(null);
    }
}
