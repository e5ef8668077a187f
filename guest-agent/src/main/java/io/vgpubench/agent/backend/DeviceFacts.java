package io.vgpubench.agent.backend;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What the agent could see of the device when a sample was taken. Fields it could not read are
 * null. Memory in bytes; clocks in MHz; power in watts; temperature in degrees Celsius.
 * {@code virtualization} is one of "bare", "vgpu", "passthrough", "none" (CPU), or null if unknown.
 * {@code telemetry} names where clocks, power and temperature came from: "nvml" (power at the instant of
 * the read where the driver offers it), "nvidia-smi" (power averaged over about a second), or null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
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
        String telemetry) {
}
