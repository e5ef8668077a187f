package io.vgpubench.sharing;

import java.util.Locale;

/**
 * The verdict on one sample: whether its timed interval is proven to lie inside every co-runner's load.
 * Only {@link Alone} and {@link Full} samples go into statistics; the others are flagged, kept in
 * samples.jsonl and left out, and the report counts them by {@link #verdict()}.
 */
public sealed interface Overlap {

    /** The verdict as overlap.csv writes it: alone, full, partial, co-runner-missing, no-schedule. */
    String verdict();

    /** Whether the sample counts in statistics. */
    default boolean proven() {
        return this instanceof Alone || this instanceof Full;
    }

    /** The fraction of the timed interval covered by every co-runner's load, or null where not computed. */
    default Double fraction() {
        return null;
    }

    /** Why the sample is flagged, in words (empty for proven samples). */
    default String reason() {
        return "";
    }

    /** Nobody shares the card (group size 1, or a single task from an agent that predates groups). */
    record Alone() implements Overlap {
        @Override
        public String verdict() {
            return "alone";
        }
    }

    /** Every co-runner loaded the card for the whole timed interval, within {@link OverlapCheck#TOLERANCE}. */
    record Full(double covered) implements Overlap {
        @Override
        public String verdict() {
            return "full";
        }

        @Override
        public Double fraction() {
            return covered;
        }
    }

    /** Some co-runner was not loading the card for part of the timed interval ({@code coRunner} the first such). */
    record Partial(double covered, String coRunner) implements Overlap {
        @Override
        public String verdict() {
            return "partial";
        }

        @Override
        public Double fraction() {
            return covered;
        }

        @Override
        public String reason() {
            return String.format(Locale.ROOT, "partly overlapped: %.1f%% of the timed interval under every co-runner's"
                    + " load (%s was not loading the card for all of it)", 100 * covered, coRunner);
        }
    }

    /** Fewer co-runners reported this repetition than the group has. */
    record CoRunnerMissing(int found, int expected) implements Overlap {
        @Override
        public String verdict() {
            return "co-runner-missing";
        }

        @Override
        public String reason() {
            return "co-runner missing: " + found + " of " + expected + " co-runner(s) reported this repetition";
        }
    }

    /** The card was shared but a sample carries no group, slot or interval to prove it (an older agent, a CSV). */
    record NoSchedule(String missing) implements Overlap {
        @Override
        public String verdict() {
            return "no-schedule";
        }

        @Override
        public String reason() {
            return "no schedule: " + missing;
        }
    }
}
