package io.vgpubench.agent.gpu.mig;

import java.util.ArrayList;
import java.util.List;

/**
 * The "MIG Devices" section of {@code nvidia-smi -q -i <card>}: per "MIG Device" its Index (the device's index under
 * the card, as {@code nvidia-smi -L} numbers it), GPU Instance ID, Compute Instance ID and, under "FB Memory Usage",
 * its Total ("71424 MiB"). Sections are told apart by their indentation, as in {@code QueryFacts}.
 */
public final class MigQuery {
    private MigQuery() {}

    /** One MIG device of the card: its index, its ids and its frame buffer in bytes (null where not printed). */
    public record Device(int device, Integer gpuInstanceId, Integer computeInstanceId, Long memoryBytes) {}

    public static List<Device> parse(String query) {
        List<Device> out = new ArrayList<>();
        int entry = -1;
        int fb = -1;
        Integer index = null;
        Integer gi = null;
        Integer ci = null;
        Long memory = null;
        for (String raw : query.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            String line = raw.strip();
            if (entry >= 0 && indent <= entry) {
                add(out, index, gi, ci, memory);
                entry = -1;
                index = null;
            }
            if (line.equals("MIG Device")) {
                entry = indent;
                fb = -1;
                index = gi = ci = null;
                memory = null;
                continue;
            }
            if (entry < 0) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = (colon < 0 ? line : line.substring(0, colon)).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (fb >= 0 && indent <= fb) {
                fb = -1;
            }
            if (value.isEmpty()) {
                fb = key.equals("FB Memory Usage") ? indent : fb;
            } else if (key.equals("Index")) {
                index = integer(value);
            } else if (key.equals("GPU Instance ID")) {
                gi = integer(value);
            } else if (key.equals("Compute Instance ID")) {
                ci = integer(value);
            } else if (key.equals("Total") && fb >= 0) {
                memory = mib(value);
            }
        }
        add(out, index, gi, ci, memory);
        return List.copyOf(out);
    }

    private static void add(List<Device> out, Integer index, Integer gi, Integer ci, Long memory) {
        if (index != null && (gi != null || ci != null || memory != null)) {
            out.add(new Device(index, gi, ci, memory));
        }
    }

    private static Integer integer(String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long mib(String v) {
        String[] parts = v.split("\\s+");
        try {
            return parts.length == 2 && parts[1].equalsIgnoreCase("MiB") ? Long.parseLong(parts[0]) * 1024 * 1024 : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
