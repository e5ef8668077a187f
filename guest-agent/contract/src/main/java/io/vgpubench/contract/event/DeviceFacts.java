package io.vgpubench.contract.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.contract.ContractJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent could see of the device when a sample was taken. Fields it could not read are null.
 * Memory in bytes; clocks in MHz; power in watts; temperature in degrees Celsius. {@code virtualization} is
 * one of "bare", "vgpu", "passthrough", "none" (CPU), or null if unknown. {@code telemetry} names where
 * clocks, power and temperature came from: "nvml" (power at the instant of the read where the driver offers
 * it), "nvidia-smi" (power averaged over about a second), or null. {@code sharing} says how the card was shared
 * with this task where the agent was told, e.g. "mps client: 50% of SMs, device memory pinned 0=20000M" (null: no
 * partition, time-sliced with any co-runner). From {@code nvidia-smi -q}, read once when the agent starts (null where
 * the driver does not say): {@code vgpuProduct} and {@code licenseStatus} of a vGPU guest ("vGPU Software Licensed
 * Product": e.g. "NVIDIA Virtual Compute Server", "Licensed (Expiry: ...)" or "Unlicensed (Restricted)"),
 * {@code migMode} and {@code eccMode} ("Enabled", "Disabled"), {@code memoryReservedBytes} (the frame buffer the driver
 * keeps, which the guest's total and free do not add up to without), and {@code clockEventReasons} (the clock event,
 * once "throttle", reasons active then, e.g. ["sw_power_cap"]). {@code migInstance}: the MIG instance the task ran in
 * ({@link MigInstance}: profile, ids, memory), absent from the JSON where it ran in none or it could not be told.
 * Unknown fields (a newer agent) are ignored.
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
        String sharing,
        String vgpuProduct,
        String licenseStatus,
        String migMode,
        String eccMode,
        Long memoryReservedBytes,
        List<String> clockEventReasons,
        @JsonInclude(JsonInclude.Include.NON_NULL) MigInstance migInstance) {

    public DeviceFacts {
        clockEventReasons = clockEventReasons == null ? null : List.copyOf(clockEventReasons);
    }

    /** Outside a MIG instance. */
    public DeviceFacts(String name, String uuid, String driver, String cuda, Long memoryReportedBytes,
                       Long memoryFreeBytes, Long memoryAllocatableBytes, Integer smClockMhz, Integer smClockMaxMhz,
                       Integer memClockMhz, Double powerW, Double temperatureC, String virtualization, String telemetry,
                       String sharing, String vgpuProduct, String licenseStatus, String migMode, String eccMode,
                       Long memoryReservedBytes, List<String> clockEventReasons) {
        this(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes, smClockMhz,
                smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, sharing, vgpuProduct,
                licenseStatus, migMode, eccMode, memoryReservedBytes, clockEventReasons, null);
    }

    /** Without the facts of {@code nvidia-smi -q}. */
    public DeviceFacts(String name, String uuid, String driver, String cuda, Long memoryReportedBytes,
                       Long memoryFreeBytes, Long memoryAllocatableBytes, Integer smClockMhz, Integer smClockMaxMhz,
                       Integer memClockMhz, Double powerW, Double temperatureC, String virtualization, String telemetry,
                       String sharing) {
        this(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes, smClockMhz,
                smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, sharing, null, null, null,
                null, null, null);
    }

    public DeviceFacts(String name, String uuid, String driver, String cuda, Long memoryReportedBytes,
                       Long memoryFreeBytes, Long memoryAllocatableBytes, Integer smClockMhz, Integer smClockMaxMhz,
                       Integer memClockMhz, Double powerW, Double temperatureC, String virtualization, String telemetry) {
        this(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes, smClockMhz,
                smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, null);
    }

    /** These facts with how the card was shared. */
    public DeviceFacts withSharing(String how) {
        return new DeviceFacts(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes,
                smClockMhz, smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, how,
                vgpuProduct, licenseStatus, migMode, eccMode, memoryReservedBytes, clockEventReasons, migInstance);
    }

    /** These facts with those of {@code nvidia-smi -q}. */
    public DeviceFacts withQuery(String product, String license, String mig, String ecc, Long reservedBytes,
                                 List<String> eventReasons) {
        return new DeviceFacts(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes,
                smClockMhz, smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, sharing,
                product, license, mig, ecc, reservedBytes, eventReasons, migInstance);
    }

    /** These facts with the MIG instance the task ran in (null: none). */
    public DeviceFacts withMigInstance(MigInstance instance) {
        return new DeviceFacts(name, uuid, driver, cuda, memoryReportedBytes, memoryFreeBytes, memoryAllocatableBytes,
                smClockMhz, smClockMaxMhz, memClockMhz, powerW, temperatureC, virtualization, telemetry, sharing,
                vgpuProduct, licenseStatus, migMode, eccMode, memoryReservedBytes, clockEventReasons, instance);
    }

    /** True where the driver says the vGPU is not licensed (a vGPU guest collapses minutes after that). */
    public boolean unlicensed() {
        return unlicensed(licenseStatus);
    }

    /** True where a "License Status" as the driver prints it says unlicensed ("Unlicensed (Restricted)"). */
    public static boolean unlicensed(String licenseStatus) {
        return licenseStatus != null && licenseStatus.strip().toLowerCase(java.util.Locale.ROOT).startsWith("unlicensed");
    }

    /** The clock event reasons other than idle and the software power cap (a card at its power cap is normal). */
    public List<String> slowdowns() {
        return clockEventReasons == null ? List.of() : clockEventReasons.stream()
                .filter(r -> !r.equals("idle") && !r.equals("sw_power_cap")).toList();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = ContractJson.tolerant()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The facts that were read, by their JSON names, in field order (for tables that list what was seen). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> known() {
        return new LinkedHashMap<>(JSON.convertValue(this, Map.class));
    }
}
