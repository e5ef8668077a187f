package io.vgpubench.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one (workload, metric, flavor, tasks) group and their statistics. Summary-level input
 * (published mean, sd, n) has no observations and null {@code values}.
 *
 * @param shareFraction the flavor's fraction of the card, or null if unknown
 */
public record Series(SeriesKey key, String unit, boolean higherIsBetter, Double shareFraction,
                     List<Observation> observations, double[] values, Descriptive stats) {

    /** A series of raw observations (at least one, all of the same key). */
    public static Series of(List<Observation> observations) {
        Observation first = observations.get(0);
        double[] values = observations.stream().mapToDouble(Observation::value).toArray();
        Double share = observations.stream().map(Observation::shareFraction).filter(f -> f != null).findFirst().orElse(null);
        return new Series(first.key(), first.unit(), first.higherIsBetter(), share, List.copyOf(observations),
                values, Descriptive.of(values));
    }

    /** A series known only by its published summary. */
    public static Series ofSummary(SeriesKey key, String unit, boolean higherIsBetter, Double shareFraction,
                                   int n, double mean, double sd) {
        return new Series(key, unit, higherIsBetter, shareFraction, List.of(), null, Descriptive.ofSummary(n, mean, sd));
    }

    /** Groups observations by key, keeping the order in which keys first appear. */
    public static List<Series> group(List<Observation> observations) {
        Map<SeriesKey, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations) {
            groups.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        }
        return groups.values().stream().map(Series::of).toList();
    }
}
