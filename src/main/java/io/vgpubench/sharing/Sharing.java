package io.vgpubench.sharing;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.stats.Observation;
import io.vgpubench.stats.SeriesKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a report knows of co-tenancy: every sample's overlap verdict ({@code checked}; empty for CSV
 * input), the samples left out per (workload, metric, flavor, tasks) and why ({@code flagged}, only
 * series with something left out), and the shared-card figures ({@code cards}).
 */
public record Sharing(List<CheckedSample> checked, List<Flagged> flagged, List<SharedCard> cards) {

    public Sharing {
        checked = List.copyOf(checked);
        flagged = List.copyOf(flagged);
        cards = List.copyOf(cards);
    }

    /** Nothing to say (summary-level input). */
    public static Sharing none() {
        return new Sharing(List.of(), List.of(), List.of());
    }

    /** Checks every sample; {@code label} names a sample's workload as the report does. */
    public static Sharing of(List<Sample> samples, Function<Sample, String> label, String baseline) {
        List<CheckedSample> checked = OverlapCheck.of(samples);
        Map<SeriesKey, Flagged> counts = new LinkedHashMap<>();
        for (CheckedSample c : checked) {
            counts.merge(SharedCards.key(c.sample(), label), Flagged.none(SharedCards.key(c.sample(), label)).plus(c.overlap()),
                    (a, b) -> a.plus(c.overlap()));
        }
        return new Sharing(checked, withLeftOut(counts), SharedCards.of(checked, label, baseline));
    }

    /**
     * Observations from a samples CSV, which carries no time slots: those of more than one task cannot be
     * proven ({@link Overlap.NoSchedule}) and are counted here; {@link #provenOfCsv} gives the others.
     */
    public static Sharing ofCsv(List<Observation> observations) {
        Map<SeriesKey, Flagged> counts = new LinkedHashMap<>();
        for (Observation o : observations) {
            Overlap verdict = o.tasks() > 1 ? CSV_WITHOUT_SLOTS : new Overlap.Alone();
            counts.merge(o.key(), Flagged.none(o.key()).plus(verdict), (a, b) -> a.plus(verdict));
        }
        return new Sharing(List.of(), withLeftOut(counts), List.of());
    }

    /** The observations of a samples CSV that count in statistics: those of one task. */
    public static List<Observation> provenOfCsv(List<Observation> observations) {
        return observations.stream().filter(o -> o.tasks() <= 1).toList();
    }

    private static final Overlap CSV_WITHOUT_SLOTS = new Overlap.NoSchedule("a samples CSV carries no time slots");

    private static List<Flagged> withLeftOut(Map<SeriesKey, Flagged> counts) {
        return new ArrayList<>(counts.values().stream().filter(f -> f.leftOut() > 0).toList());
    }

    /** The samples that count in statistics, in input order. */
    public List<Sample> proven() {
        return checked.stream().filter(CheckedSample::proven).map(CheckedSample::sample).toList();
    }

    public int leftOut() {
        return flagged.stream().mapToInt(Flagged::leftOut).sum();
    }

    /** The series with samples but none proven: they have no summary row, and thresholds on them fail. */
    public List<Flagged> entirelyLeftOut() {
        return flagged.stream().filter(f -> f.proven() == 0).toList();
    }
}
