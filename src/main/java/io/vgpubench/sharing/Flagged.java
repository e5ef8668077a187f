package io.vgpubench.sharing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.stats.SeriesKey;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many samples of one (workload, metric, flavor, tasks) were left out of statistics, and why: the
 * flagged verdicts counted ({@code partial}, {@code co-runner-missing}, {@code no-schedule}), and the
 * range of the fractions of partly overlapped ones.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"workload", "metric", "flavor", "tasks", "samples", "proven", "left_out", "verdicts",
        "lowest_fraction", "highest_fraction"})
public record Flagged(@JsonIgnore SeriesKey key, int samples, int proven, SortedMap<String, Integer> verdicts,
                      Double lowestFraction, Double highestFraction) {

    public Flagged {
        verdicts = new TreeMap<>(verdicts);
    }

    @JsonProperty
    public String workload() {
        return key.workload();
    }

    @JsonProperty
    public String metric() {
        return key.metric();
    }

    @JsonProperty
    public String flavor() {
        return key.flavor();
    }

    @JsonProperty
    public int tasks() {
        return key.tasks();
    }

    @JsonProperty
    public int leftOut() {
        return samples - proven;
    }

    /** "partial 2 (41.0-93.5% overlapped), no-schedule 6": the verdicts in name order. */
    public String verdictText() {
        StringBuilder b = new StringBuilder();
        verdicts.forEach((verdict, n) -> {
            b.append(b.length() == 0 ? "" : ", ").append(verdict).append(' ').append(n);
            if (verdict.equals("partial") && lowestFraction != null) {
                b.append(lowestFraction.equals(highestFraction)
                        ? String.format(Locale.ROOT, " (%.1f%% overlapped)", 100 * lowestFraction)
                        : String.format(Locale.ROOT, " (%.1f-%.1f%% overlapped)", 100 * lowestFraction, 100 * highestFraction));
            }
        });
        return b.toString();
    }

    /** Adds one sample's verdict. */
    Flagged plus(Overlap o) {
        SortedMap<String, Integer> v = new TreeMap<>(verdicts);
        Double low = lowestFraction;
        Double high = highestFraction;
        if (!o.proven()) {
            v.merge(o.verdict(), 1, Integer::sum);
            if (o.fraction() != null) {
                low = low == null ? o.fraction() : Math.min(low, o.fraction());
                high = high == null ? o.fraction() : Math.max(high, o.fraction());
            }
        }
        return new Flagged(key, samples + 1, proven + (o.proven() ? 1 : 0), v, low, high);
    }

    static Flagged none(SeriesKey key) {
        return new Flagged(key, 0, 0, new TreeMap<>(), null, null);
    }
}
