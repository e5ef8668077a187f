package io.vgpubench.contract.spec;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Duration;
import java.time.Instant;

/**
 * When one run's repetitions are measured, the same for every co-runner of a group (the tasks of an
 * instance and the instances that share its card), as offsets from the group's common start: so agents on
 * VMs that share no file system stay in step with nothing but that instant and their clocks.
 *
 * <p>Repetition {@code r} (from 1) has the slot {@code [slot start, slot start + slotMs)} with slot start =
 * start + {@code firstSlotMs} + (r - 1) {@code slotMs}. In it the agent loads the card from the slot's start,
 * times its work from {@code settleMs} in for {@code measureMs} (by then every co-runner is loading too), and
 * keeps the card loaded until the slot ends, so no co-runner's timed work runs without the others' load. The
 * time before {@code firstSlotMs} is the run's prepare window (allocate, upload, verify, warm up).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SlotSchedule(long firstSlotMs, long slotMs, long settleMs, long measureMs) {
    public SlotSchedule {
        if (firstSlotMs < 0 || measureMs <= 0 || settleMs < 0 || slotMs < settleMs + measureMs) {
            throw new IllegalArgumentException("a slot of " + slotMs + " ms cannot hold a settle of " + settleMs
                    + " ms and a measurement of " + measureMs + " ms (first slot at " + firstSlotMs + " ms)");
        }
    }

    /** The slot of a repetition {@code rep} (from 1) after the group's common {@code start}. */
    public Slot slot(Instant start, int rep) {
        Instant from = start.plusMillis(firstSlotMs + (rep - 1L) * slotMs);
        return new Slot(from, from.plusMillis(settleMs), from.plusMillis(settleMs + measureMs), from.plusMillis(slotMs));
    }

    /** Where this run's schedule ends, as an offset from the group's start: the next run's prepare window starts there. */
    public long endMs(int repetitions) {
        return firstSlotMs + repetitions * slotMs;
    }

    /** One repetition's slot: load from {@code start}, time from {@code measureFrom} to {@code measureTo}, load until {@code end}. */
    public record Slot(Instant start, Instant measureFrom, Instant measureTo, Instant end) {
        public Duration measure() {
            return Duration.between(measureFrom, measureTo);
        }
    }
}
