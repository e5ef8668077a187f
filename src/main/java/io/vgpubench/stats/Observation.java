package io.vgpubench.stats;

import java.time.Instant;

/**
 * One measured value, reduced to what statistics and reports need: the group it belongs to, its value,
 * and where it sat in the run (repetition, start time, order read) so drift and outliers can be shown.
 *
 * @param shareFraction the fraction of the card the flavor is allotted, or null if unknown
 * @param at            when the measurement started, or null (imported samples)
 * @param order         position in the input (samples.jsonl line, CSV row), for run-order plots
 */
public record Observation(String flavor, String workload, String metric, String unit, boolean higherIsBetter,
                          int tasks, double value, int repetition, Double shareFraction, Instant at, int order) {

    public SeriesKey key() {
        return new SeriesKey(workload, metric, flavor, tasks);
    }
}
