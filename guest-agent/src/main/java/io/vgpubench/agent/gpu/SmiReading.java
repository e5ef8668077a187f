package io.vgpubench.agent.gpu;

import java.util.Locale;

/**
 * One line of {@code nvidia-smi --query-gpu=FIELDS --format=csv,noheader,nounits}, parsed; fields
 * nvidia-smi cannot read ("[N/A]", "[Not Supported]") are null.
 */
record SmiReading(String name, String uuid, String driver, Integer smClockMhz, Integer smClockMaxMhz,
        Integer memClockMhz, Integer memClockMaxMhz, Double powerW, Double powerLimitW, Double temperatureC,
        java.util.List<String> clockEventReasons) {

    /** Without the clock event reasons (nvidia-smi's CSV query does not read them). */
    SmiReading(String name, String uuid, String driver, Integer smClockMhz, Integer smClockMaxMhz,
               Integer memClockMhz, Integer memClockMaxMhz, Double powerW, Double powerLimitW, Double temperatureC) {
        this(name, uuid, driver, smClockMhz, smClockMaxMhz, memClockMhz, memClockMaxMhz, powerW, powerLimitW,
                temperatureC, null);
    }

    static final String FIELDS = "name,uuid,driver_version,clocks.sm,clocks.max.sm,clocks.mem,clocks.max.mem,"
            + "power.draw,power.limit,temperature.gpu";

    static SmiReading parse(String line) {
        String[] f = line.trim().split("\\s*,\\s*");
        if (f.length != 10) {
            throw new IllegalArgumentException("nvidia-smi gave " + f.length + " fields, expected 10: " + line);
        }
        return new SmiReading(text(f[0]), text(f[1]), text(f[2]), integer(f[3]), integer(f[4]), integer(f[5]),
                integer(f[6]), decimal(f[7]), decimal(f[8]), decimal(f[9]));
    }

    /**
     * The "Virtualization Mode" line of {@code nvidia-smi -q} as the agent names it: None is bare metal,
     * Pass-Through a whole GPU handed to a VM, VGPU a virtual GPU; null when absent or unknown.
     */
    static String virtualization(String query) {
        for (String line : query.split("\\R")) {
            String[] kv = line.split(":", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("Virtualization Mode")) {
                String mode = kv[1].trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
                return switch (mode) {
                    case "none" -> "bare";
                    case "passthrough" -> "passthrough";
                    case "vgpu" -> "vgpu";
                    case "hostvgpu", "hostvsga" -> "bare";
                    default -> null;
                };
            }
        }
        return null;
    }

    private static String text(String s) {
        return s.isEmpty() || s.startsWith("[") ? null : s;
    }

    private static Integer integer(String s) {
        Double d = decimal(s);
        return d == null ? null : (int) Math.round(d);
    }

    private static Double decimal(String s) {
        try {
            return text(s) == null ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
