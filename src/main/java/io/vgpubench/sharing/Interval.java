package io.vgpubench.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A closed interval of time, start not after end: a timed part, or a process's load on the card. */
public record Interval(Instant start, Instant end) {
    public Interval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The interval, or empty where either end is unknown or the end comes first. */
    public static Optional<Interval> of(Instant start, Instant end) {
        return start == null || end == null || end.isBefore(start) ? Optional.empty() : Optional.of(new Interval(start, end));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The time both intervals cover, or empty where they do not meet. */
    public Optional<Interval> intersect(Interval other) {
        Instant s = start.isAfter(other.start) ? start : other.start;
        Instant e = end.isBefore(other.end) ? end : other.end;
        return e.isBefore(s) ? Optional.empty() : Optional.of(new Interval(s, e));
    }

    /** Whether this interval holds {@code inner}, allowing either end to miss by up to {@code tolerance}. */
    public boolean covers(Interval inner, Duration tolerance) {
        return !start.minus(tolerance).isAfter(inner.start) && !end.plus(tolerance).isBefore(inner.end);
    }

    /** The fraction of {@code inner} that this interval covers, 0 to 1 (a zero-length inner: 1 if held, else 0). */
    public double fractionOf(Interval inner) {
        long whole = inner.length().toNanos();
        Optional<Interval> common = intersect(inner);
        if (whole == 0) {
            return common.isPresent() ? 1 : 0;
        }
        return common.map(c -> (double) c.length().toNanos() / whole).orElse(0.0);
    }
}
