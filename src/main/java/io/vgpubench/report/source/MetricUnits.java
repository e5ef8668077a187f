package io.vgpubench.report.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which units cannot carry a negative value: times (ps, ns, us, µs, ms, s, sec, min, h, and a time per something,
 * as ms/iter), rates (anything
 * per a time, as GB/s or images/s; Hz, kHz, MHz, GHz; names ending in "ps" as FLOPS, TFLOPS, fps, Gbps) and
 * sizes (B, bytes and their decimal and binary multiples). Other units, and unitless scores, may be negative.
 */
final class MetricUnits {
    private static final Set<String> TIMES = Set.of("ps", "ns", "us", "µs", "μs", "ms", "s", "sec", "secs", "second",
            "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours");
    private static final Pattern RATE = Pattern.compile(".*/\\s*(" + String.join("|", TIMES) + ")|[kmg]?hz|.*ps");
    private static final Pattern TIME_PER = Pattern.compile("(" + String.join("|", TIMES) + ")\\s*/.*");
    private static final Pattern SIZE = Pattern.compile("b|bytes?|[kmgtp]i?b");

    private MetricUnits() {}

    static boolean nonNegative(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return TIMES.contains(u) || TIME_PER.matcher(u).matches() || RATE.matcher(u).matches() || SIZE.matcher(u).matches();
    }
}
