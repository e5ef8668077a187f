package io.vgpubench.agent.command;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The part of its slot the agent hands a timed execution, as environment variables in epoch seconds (with a
 * millisecond fraction) on the wall clock every co-runner shares: {@code VGPUBENCH_LOAD_FROM} (by then every co-runner's
 * start-up is over: load the card from here), {@code VGPUBENCH_MEASURE_AT} (time from here),
 * {@code VGPUBENCH_MEASURE_SECONDS} (for this long) and {@code VGPUBENCH_LOAD_UNTIL} (keep the card loaded until
 * here, the slot's end, so no co-runner's window runs without this one's load).
 */
public record HandedWindow(Instant loadFrom, Instant measureAt, Duration measure, Instant loadUntil) {

    Map<String, String> env() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("VGPUBENCH_LOAD_FROM", epochSeconds(loadFrom));
        v.put("VGPUBENCH_MEASURE_AT", epochSeconds(measureAt));
        v.put("VGPUBENCH_MEASURE_SECONDS", String.format(Locale.ROOT, "%.3f", measure.toMillis() / 1000.0));
        v.put("VGPUBENCH_LOAD_UNTIL", epochSeconds(loadUntil));
        return v;
    }

    /** {@code 1764700000.125}: seconds since the epoch, to the millisecond. */
    static String epochSeconds(Instant t) {
        long ms = t.toEpochMilli();
        return String.format(Locale.ROOT, "%d.%03d", Math.floorDiv(ms, 1000), Math.floorMod(ms, 1000));
    }

    /** An instant given as epoch seconds (a float, as a script's {@code time.time()} gives it). */
    static Instant fromEpochSeconds(double s) {
        double whole = Math.floor(s);
        long nanos = Math.round((s - whole) * 1e9);
        return Instant.ofEpochSecond((long) whole).plusNanos(nanos);
    }
}
