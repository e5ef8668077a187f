package io.vgpubench.report.units;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Picks one display unit for a column of values in a recorded unit: sizes in binary multiples (bytes to
 * GiB), byte rates likewise per second, times in ns, µs, ms, s, min or h, SI rates (TFLOP/s, GB/s) in
 * steps of 1000, whichever makes the largest value read between 1 and 1000 (minutes from 1000 s, hours
 * from 3 h). Units it does not know stay as recorded.
 */
public final class Units {
    private static final List<String> BINARY = List.of("B", "KiB", "MiB", "GiB", "TiB", "PiB");
    private static final List<String> SUB_SECOND = List.of("s", "ms", "µs", "ns");
    private static final List<String> SI = List.of("", "k", "M", "G", "T", "P", "E");
    private static final java.util.regex.Pattern SI_RATE = java.util.regex.Pattern.compile("([kMGTPE]?)(FLOP/s|B/s)");

    private Units() {}

    public static Scale forColumn(String unit, Collection<Double> values) {
        double max = values.stream().filter(Objects::nonNull).mapToDouble(Math::abs).filter(Double::isFinite).max().orElse(0);
        String u = unit == null ? "" : unit.trim();
        switch (u.toLowerCase(Locale.ROOT)) {
            case "bytes", "byte", "b" -> {
                return binary(max, "");
            }
            case "bytes/s", "b/s" -> {
                return binary(max, "/s");
            }
            case "s", "sec", "seconds" -> {
                return time(max, 0);
            }
            case "ms" -> {
                return time(max * 1e-3, -3);
            }
            case "us", "µs" -> {
                return time(max * 1e-6, -6);
            }
            case "ns" -> {
                return time(max * 1e-9, -9);
            }
            default -> {
                return decimal(u, max);
            }
        }
    }

    /**
     * Rates with an SI prefix (FLOP/s, B/s, e.g. TFLOP/s, GB/s) rescaled in steps of 1000 so the largest value
     * reads between 1 and 1000 (0.0077 TFLOP/s: 7.7 GFLOP/s); other units as recorded.
     */
    private static Scale decimal(String unit, double max) {
        java.util.regex.Matcher m = SI_RATE.matcher(unit);
        if (!m.matches() || max == 0) {
            return Scale.as(unit);
        }
        int recorded = SI.indexOf(m.group(1));
        int target = recorded;
        double v = max;
        while (v < 1 && target > 0) {
            v *= 1000;
            target--;
        }
        while (v >= 1000 && target < SI.size() - 1) {
            v /= 1000;
            target++;
        }
        double divisor = target >= recorded ? Math.pow(1000, target - recorded) : 1 / Math.pow(1000, recorded - target);
        return new Scale(divisor, SI.get(target) + m.group(2));
    }

    private static Scale binary(double max, String suffix) {
        int k = 0;
        while (k + 1 < BINARY.size() && max >= Math.pow(1024, k + 1)) {
            k++;
        }
        return new Scale(Math.pow(1024, k), BINARY.get(k) + suffix);
    }

    /** {@code seconds}: the largest value in seconds; {@code recorded}: the recorded unit as a power of ten of a second. */
    private static Scale time(double seconds, int recorded) {
        if (seconds == 0) {
            return new Scale(1, SUB_SECOND.get(-recorded / 3));
        }
        if (seconds >= 3 * 3600) {
            return new Scale(3600 * Math.pow(10, -recorded), "h");
        }
        if (seconds >= 1000) {
            return new Scale(60 * Math.pow(10, -recorded), "min");
        }
        int exponent = seconds >= 1 ? 0 : seconds >= 1e-3 ? -3 : seconds >= 1e-6 ? -6 : -9;
        return exponent >= recorded ? new Scale(Math.pow(10, exponent - recorded), SUB_SECOND.get(-exponent / 3))
                : new Scale(1 / Math.pow(10, recorded - exponent), SUB_SECOND.get(-exponent / 3));
    }
}
