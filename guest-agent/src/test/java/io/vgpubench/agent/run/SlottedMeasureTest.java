package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.spec.SlotSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One time-boxed repetition in its slot, against a workload that records when each of its rounds began and ended:
 * the task loads the card without a break from the slot's start to the end of its load, settle into timed part
 * included, and its timed part begins at the end of a round, at or after the measuring time.
 */
class SlottedMeasureTest {
    /** Rounds of 60 ms in a 100 ms settle: a settle that drained and waited for the measuring time idled 40 ms (over 25 is a fault). */
    private static final long ROUND_MS = 60;

    @Test
    void theSettleRunsIntoTheTimedPartWithNoIdleTimeBetweenRounds() throws Exception {
        Recorded work = new Recorded(ROUND_MS);
        List<AgentEvent> events = new ArrayList<>();
        SlotSchedule.Slot slot = new SlotSchedule(0, 1000, 100, 500).slot(Instant.now().plusMillis(200), 1);

        Repetition r = new SlottedMeasure(work, Pacing.TIME_BOXED, events::add, "recorded", true).measure(slot, 1, () -> {});

        assertThat(events).as("no late slot").isEmpty();
        assertThat(work.spans).hasSizeGreaterThan(8);
        assertThat(work.spans.get(0)[0]).isBetween(slot.start(), slot.start().plusMillis(30));
        for (int i = 1; i < work.spans.size(); i++) {
            assertThat(Duration.between(work.spans.get(i - 1)[1], work.spans.get(i)[0]))
                    .as("the card's idle time before round %d of %d (timed from %s)", i, work.spans.size(), r.started())
                    .isLessThan(Duration.ofMillis(25));
        }
        Instant firstTimedRoundBegan = work.spans.stream().map(s -> s[0]).filter(b -> !b.isBefore(r.started()))
                .findFirst().orElseThrow();
        assertThat(r.started()).as("the timed part begins where a settle round ends, at or after the measuring time")
                .isAfterOrEqualTo(slot.measureFrom()).isBefore(slot.measureFrom().plusMillis(ROUND_MS + 15));
        assertThat(Duration.between(r.started(), firstTimedRoundBegan)).isLessThan(Duration.ofMillis(15));
        assertThat(r.ended()).isBeforeOrEqualTo(slot.measureTo().plusMillis(15));
        assertThat(r.loadEnded()).isBeforeOrEqualTo(slot.end());
        long timed = work.spans.stream().filter(s -> !s[0].isBefore(r.started()) && !s[1].isAfter(r.ended())).count();
        assertThat(r.rounds()).isEqualTo((int) timed);
    }

    /**
     * Rounds of 90 ms, longer than the slot's 30 ms tail: the timed part begins at 180 ms, its rounds end at 270 and 360
     * (one more would end past the measuring time's end at 400), so a co-runner timing to 400 is covered only by a
     * round to 450, past the slot's end at 430.
     */
    @Test
    void aSharedTaskWhoseRoundsOutlastTheSlotsTailLoadsToTheMeasuringTimesEndPastItsSlotAndSaysWhatRepetitionTimeFits()
            throws Exception {
        LongRounds m = LongRounds.measure("long", true);

        assertThat(m.r.ended()).isBefore(m.slot.measureTo());
        assertThat(m.r.loadEnded()).as("loaded while a co-runner may still time").isAfterOrEqualTo(m.slot.measureTo())
                .isAfter(m.slot.end());
        assertThat(m.events).singleElement().isInstanceOfSatisfying(AgentEvent.Warning.class, w -> assertThat(w.message())
                .contains("long repetition 1: its rounds (up to ", "longer than the slot's 30 ms after the measuring time",
                        "ms past the slot", "give it a repetition_time of at least "));
    }

    @Test
    void aTaskAloneOnItsCardEndsItsLoadInsideItsSlotWhateverItsRoundsAndSaysNothing() throws Exception {
        LongRounds m = LongRounds.measure("alone", false);

        assertThat(m.r.loadEnded()).isBeforeOrEqualTo(m.slot.end());
        assertThat(m.events).isEmpty();
    }

    /** One repetition of 90 ms rounds in a slot of 100 ms settle, 300 ms measuring time and 30 ms tail, and its warnings. */
    private record LongRounds(SlotSchedule.Slot slot, Repetition r, List<AgentEvent> events) {
        static LongRounds measure(String what, boolean shared) throws Exception {
            SlotSchedule.Slot slot = new SlotSchedule(0, 430, 100, 300).slot(Instant.now().plusMillis(200), 1);
            List<AgentEvent> events = new ArrayList<>();
            Repetition r = new SlottedMeasure(new Recorded(90), Pacing.TIME_BOXED, events::add, what, shared)
                    .measure(slot, 1, () -> {});
            return new LongRounds(slot, r, events);
        }
    }

    @Test
    void theRepetitionTimeSuggestedGivesATailLongerThanTheRound() {
        assertThat(SlottedMeasure.atLeastMs(90_000_000L)).isEqualTo(400);
        assertThat(SlottedMeasure.atLeastMs(130_000_000L)).isEqualTo(500);
        assertThat(SlottedMeasure.atLeastMs(130_000_000L) * 3 / 10).isGreaterThan(130);
    }

    /** Rounds of a set length, each recorded as [began, ended]. */
    private static final class Recorded implements PreparedWorkload {
        final List<Instant[]> spans = new ArrayList<>();
        private final long roundMs;

        Recorded(long roundMs) {
            this.roundMs = roundMs;
        }

        @Override
        public List<Measurement> measure() {
            Instant began = Instant.now();
            try {
                Thread.sleep(roundMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            spans.add(new Instant[] {began, Instant.now()});
            return List.of(new Measurement("rate", 1000.0 / roundMs, "items/s", true));
        }

        @Override
        public Verification verify() {
            return Verification.within(0, 1e-9, "recorded");
        }

        @Override
        public void close() {}
    }
}
