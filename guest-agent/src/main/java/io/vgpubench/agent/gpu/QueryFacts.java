package io.vgpubench.agent.gpu;

import io.vgpubench.contract.event.DeviceFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts of one GPU that {@code nvidia-smi -q -i <uuid>} prints and its CSV queries do not: the vGPU's licensed
 * product and license status, MIG and ECC modes, the reserved frame buffer, and the clock event reasons active at the
 * read ("Clocks Event Reasons", "Clocks Throttle Reasons" before driver 535). The text is indented by section; a line
 * is {@code Key : Value} or a section's name alone. Read once, when the agent starts: the command takes a good part
 * of a second, too long to run beside a measurement.
 */
record QueryFacts(String vgpuProduct, String licenseStatus, String migMode, String eccMode, Long memoryReservedBytes,
                  List<String> clockEventReasons) {

    static final QueryFacts NONE = new QueryFacts(null, null, null, null, null, null);

    static QueryFacts parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (String raw : query.split("\\R")) {
            if (raw.isBlank() || raw.startsWith("=")) {
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            String line = raw.strip();
            int colon = line.indexOf(':');
            String key = (colon < 0 ? line : line.substring(0, colon)).strip();
            String value = colon < 0 ? null : line.substring(colon + 1).strip();
            if (value == null || value.isEmpty()) {
                path.add(key);
                indents.add(indent);
            } else {
                values.putIfAbsent(String.join("/", tail(path)) + "/" + key, value);
            }
        }
        List<String> reasons = null;
        for (var e : values.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("Clocks Event Reasons/") || k.startsWith("Clocks Throttle Reasons/")) {
                reasons = reasons == null ? new ArrayList<>() : reasons;
                if (e.getValue().equalsIgnoreCase("Active")) {
                    reasons.add(name(k.substring(k.lastIndexOf('/') + 1)));
                }
            }
        }
        return new QueryFacts(known(values.get("vGPU Software Licensed Product/Product Name")),
                known(values.get("vGPU Software Licensed Product/License Status")),
                known(values.get("MIG Mode/Current")), known(values.get("ECC Mode/Current")),
                mib(values.get("FB Memory Usage/Reserved")), reasons);
    }

    /** The facts with these added. */
    DeviceFacts addTo(DeviceFacts facts) {
        return facts.withQuery(vgpuProduct, licenseStatus, migMode, eccMode, memoryReservedBytes, clockEventReasons);
    }

    /** The section path below the GPU's own line ("GPU 00000000:19:00.0"): keys read the same on every machine. */
    private static List<String> tail(List<String> path) {
        int gpu = -1;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).startsWith("GPU ")) {
                gpu = i;
            }
        }
        return path.subList(gpu + 1, path.size());
    }

    private static String known(String v) {
        return v == null || v.equalsIgnoreCase("N/A") || v.startsWith("[") ? null : v;
    }

    /** "SW Power Cap" as samples name it: "sw_power_cap". */
    private static String name(String reason) {
        return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static Long mib(String v) {
        if (known(v) == null) {
            return null;
        }
        String[] parts = v.split("\\s+");
        try {
            return parts.length == 2 && parts[1].equalsIgnoreCase("MiB") ? Long.parseLong(parts[0]) * 1024 * 1024 : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
