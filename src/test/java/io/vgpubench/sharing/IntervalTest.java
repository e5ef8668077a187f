package io.vgpubench.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static Interval between(long fromMs, long toMs) {
        return new Interval(T.plusMillis(fromMs), T.plusMillis(toMs));
    }

    @Test
    void theFractionOfAnIntervalCoveredIsWhatBothShareOverItsLength() {
        assertThat(between(0, 1000).fractionOf(between(500, 1500))).isEqualTo(0.5);
        assertThat(between(0, 1000).fractionOf(between(100, 200))).isEqualTo(1.0);
        assertThat(between(0, 1000).fractionOf(between(2000, 3000))).isZero();
        assertThat(between(0, 1000).fractionOf(between(500, 500))).as("a zero-length interval held").isEqualTo(1.0);
    }

    @Test
    void coveringAllowsEitherEndToMissByTheTolerance() {
        assertThat(between(10, 1000).covers(between(9, 1001), Duration.ofMillis(1))).isTrue();
        assertThat(between(10, 1000).covers(between(8, 1000), Duration.ofMillis(1))).isFalse();
        assertThat(between(10, 1000).covers(between(10, 1002), Duration.ofMillis(1))).isFalse();
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRefusedOrAbsent() {
        assertThatThrownBy(() -> between(10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Interval.of(T, T.minusMillis(1))).isEmpty();
        assertThat(Interval.of(null, T)).isEmpty();
        assertThat(between(0, 10).intersect(between(20, 30))).isEmpty();
        assertThat(between(0, 10).intersect(between(5, 30))).contains(between(5, 10));
    }
}
