package io.vgpubench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The device facts an agent reported on one instance (the first sample's, snake_case keys as in
 * {@code DeviceFacts}), and the warnings they raise: memory reported beyond what can be allocated
 * (the study's silent-halt trap), SM clocks below their maximum (the study's turbo-on-one-card trap), and an
 * unlicensed vGPU. (Clocks slowed for anything but the power cap are counted over every sample: {@link Slowdowns}.)
 */
public record DeviceSeen(String flavor, String instance, Map<String, Object> facts) {

    public String text(String key) {
        Object v = facts.get(key);
        return v == null ? null : v.toString();
    }

    public Double number(String key) {
        return facts.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    /** The MIG instance the task ran in ("mig_instance"), where the agent saw one. */
    public java.util.Optional<io.vgpubench.contract.event.MigInstance> migInstance() {
        Object v = facts.get("mig_instance");
        if (!(v instanceof Map<?, ?>)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(MIG.convertValue(v, io.vgpubench.contract.event.MigInstance.class));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MIG = io.vgpubench.contract.ContractJson.tolerant();

    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        Double reported = number("memory_reported_bytes");
        Double allocatable = number("memory_allocatable_bytes");
        if (reported != null && allocatable != null && allocatable < 0.95 * reported) {
            w.add(String.format("%s (%s): device reports %.2f GiB but only %.2f GiB could be allocated",
                    instance, flavor, reported / GIB, allocatable / GIB));
        }
        String license = text("license_status");
        if (io.vgpubench.contract.event.DeviceFacts.unlicensed(license)) {
            w.add(instance + " (" + flavor + "): the vGPU is unlicensed (License Status: " + license + "): its samples"
                    + " are suspect, since an unlicensed vGPU is held to a fraction of its speed after a few minutes");
        }
        Double clock = number("sm_clock_mhz");
        Double clockMax = number("sm_clock_max_mhz");
        if (clock != null && clockMax != null && clock < 0.9 * clockMax) {
            w.add(String.format("%s (%s): SM clock %.0f MHz is below its maximum %.0f MHz", instance, flavor, clock, clockMax));
        }
        return w;
    }

    private static final double GIB = 1024.0 * 1024 * 1024;
}
