package io.vgpubench.contract.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The MIG instance a task ran in, where it ran in one: {@code profile} as the driver names it ("3g.71gb", or
 * "1c.3g.71gb" for a compute instance that is part of its GPU instance), its {@code uuid} ("MIG-..."), the
 * {@code gpuInstanceId} and {@code computeInstanceId} within the card, and {@code memoryBytes}, the instance's frame
 * buffer. {@code source} names where they were read, like {@link DeviceFacts#telemetry()}: "nvidia-smi -L" for the
 * profile and UUID, with ", nvidia-smi -q" or ", nvidia-smi" where the ids and memory came from the query's "MIG
 * Devices" section or the plain table's "MIG devices". Fields not read are null and left out of the JSON.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MigInstance(String profile, String uuid, Integer gpuInstanceId, Integer computeInstanceId,
                          Long memoryBytes, String source) {

    /** One line for a table: "3g.71gb (GI 2, CI 0, 70.0 GiB)". */
    public String describe() {
        StringBuilder s = new StringBuilder(profile == null ? "MIG instance" : profile);
        StringBuilder in = new StringBuilder();
        if (gpuInstanceId != null) {
            in.append("GI ").append(gpuInstanceId);
        }
        if (computeInstanceId != null) {
            in.append(in.isEmpty() ? "" : ", ").append("CI ").append(computeInstanceId);
        }
        if (memoryBytes != null) {
            in.append(in.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.1f GiB",
                    memoryBytes / (1024.0 * 1024 * 1024)));
        }
        return in.isEmpty() ? s.toString() : s.append(" (").append(in).append(')').toString();
    }
}
