package io.vgpubench.sharing;

import io.vgpubench.contract.event.Sample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proves, per sample, that its co-runners loaded the card for its whole timed interval. The co-runners of
 * a sample are the samples of the same group, run, repetition and card from another (instance, task);
 * the sample's timed interval must lie inside the intersection of all their load intervals, allowing
 * {@link #TOLERANCE} at either end for clocks. A sample whose group has one process is alone and valid.
 * Pure: the same samples give the same verdicts, in input order.
 */
public final class OverlapCheck {
    /** How far a timed interval may stick out of the co-runners' load at either end and still be "full". */
    public static final Duration TOLERANCE = Duration.ofMillis(1);

    private OverlapCheck() {}

    public static List<CheckedSample> of(List<Sample> samples) {
        Map<Slot, Map<Slot.Process, Optional<Interval>>> loads = new HashMap<>();
        for (Sample s : samples) {
            Optional<Interval> load = Interval.of(s.loadStartedAt(), s.loadEndedAt());
            // every metric of one repetition of one process shares its load; should two differ, keep what both cover
            loads.computeIfAbsent(Slot.of(s), k -> new LinkedHashMap<>())
                    .merge(Slot.Process.of(s), load, (a, b) -> a.flatMap(x -> b.flatMap(x::intersect)));
        }
        List<CheckedSample> out = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            Map<Slot.Process, Optional<Interval>> others = new LinkedHashMap<>(loads.get(Slot.of(s)));
            others.remove(Slot.Process.of(s));
            out.add(new CheckedSample(s, verdict(s, others), others.size()));
        }
        return out;
    }

    /** How many agent processes share the sample's card: its group's size, and at least its task count. */
    static int sharers(Sample s) {
        return Math.max(s.groupSize() == null ? 1 : s.groupSize(), Math.max(1, s.tasks()));
    }

    private static Overlap verdict(Sample s, Map<Slot.Process, Optional<Interval>> coRunners) {
        int expected = sharers(s) - 1;
        if (expected == 0) {
            return new Overlap.Alone();
        }
        if (s.group() == null || s.groupSize() == null) {
            return new Overlap.NoSchedule("the card is shared by " + sharers(s) + " tasks but the sample names no group"
                    + " (an agent or file without time slots)");
        }
        Optional<Interval> timed = Interval.of(s.startedAt(), s.endedAt());
        if (timed.isEmpty()) {
            return new Overlap.NoSchedule("the sample has no timed interval (started_at, ended_at)");
        }
        if (coRunners.size() < expected) {
            return new Overlap.CoRunnerMissing(coRunners.size(), expected);
        }
        Optional<Interval> common = Optional.of(timed.get());
        Slot.Process least = null;
        double leastCovered = Double.MAX_VALUE;
        for (Map.Entry<Slot.Process, Optional<Interval>> c : coRunners.entrySet()) {
            if (c.getValue().isEmpty()) {
                return new Overlap.NoSchedule("co-runner " + c.getKey() + " has no load interval (load_started_at,"
                        + " load_ended_at)");
            }
            Interval load = c.getValue().get();
            double f = load.fractionOf(timed.get());
            if (f < leastCovered) {
                least = c.getKey();
                leastCovered = f;
            }
            common = common.flatMap(load::intersect);
        }
        // common: the part of the timed interval under every co-runner's load
        double fraction = common.map(c -> c.fractionOf(timed.get())).orElse(0.0);
        boolean full = coRunners.values().stream().allMatch(load -> load.get().covers(timed.get(), TOLERANCE));
        return full ? new Overlap.Full(fraction) : new Overlap.Partial(fraction, least.toString());
    }
}
