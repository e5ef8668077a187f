package io.vgpubench.cloud;

import java.util.List;

/** The instances that came up, and the failures (with the cloud's fault message) of those that did not. */
public record ProvisionResult(List<InstanceInfo> ready, List<ProvisionFailure> failures) {
    public ProvisionResult {
        ready = List.copyOf(ready);
        failures = List.copyOf(failures);
    }

    public record ProvisionFailure(String name, String flavor, String reason) {
    }
}
