package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void readsSecondsMinutesHoursAndTheirCombinations() {
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("1h30m15s")).isEqualTo(Duration.ofSeconds(5415));
    }

    @Test
    void refusesOtherForms() {
        assertThat(Durations.parse("")).isNull();
        assertThat(Durations.parse("10")).isNull();
        assertThat(Durations.parse("10 m")).isNull();
        assertThat(Durations.parse("30m1h")).isNull();
        assertThat(Durations.parse("-5m")).isNull();
    }
}
