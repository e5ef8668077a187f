package io.vgpubench.contract.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.contract.ContractJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the agent could see of the device when a sample was taken. Fields it could not read are null.
 * Memory in bytes; clocks in MHz; power in watts; temperature in degrees Celsius. {@code virtualization} is
 * one of "bare", "vgpu", "passthrough", "none" (CPU), or null if unknown. {@code telemetry} names where
 * clocks, power and temperature came from: "nvml" (power at the instant of the read where the driver offers
 * it), "nvidia-smi" (power averaged over about a second), or null. {@code sharing} says how the card was shared
 * with this task where the agent was told, e.g. "mps client: 50% of SMs, device memory pinned 0=20000M" (null: no
 * partition, time-sliced with any co-runner). Unknown fields (a newer agent) are ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceFacts(
        String name,
        String uuid,
        String driver,
        String cuda,
        Long memoryReportedBytes,
        Long memoryFreeBytes,
        Long memoryAllocatableBytes,
        Integer smClockMhz,
        Integer smClockMaxMhz,
        Integer memClockMhz,
        Double powerW,
        Double temperatureC,
        String virtualization,
        String telemetry,
        String sharing) {

    public DeviceFacts(String name, String uuid, String driver, String cuda, Long memoryReportedBytes,
                       Long memoryFreeBytes, Long memoryAllocatableBytes, Integer smClockMhz, Integer smClockMaxMhz,
                       Integer memClockMhz, Double powerW, Double temperatureC, String virtualization, String telemetry) {
        this(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes, smClockMhz,
                smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, null);
    }

    /** These facts with how the card was shared. */
    public DeviceFacts withSharing(String how) {
        return new DeviceFacts(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes,
                smClockMhz, smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, how);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = ContractJson.tolerant()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The facts that were read, by their JSON names, in field order (for tables that list what was seen). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> known() {
        return new LinkedHashMap<>(JSON.convertValue(this, Map.class));
    }
}
