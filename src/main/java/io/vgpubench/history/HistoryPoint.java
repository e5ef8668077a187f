package io.vgpubench.history;

import java.time.Instant;

/** One campaign's summary of one series (workload, metric, flavor, tasks): when it started, mean, sd, n, 95% interval of the mean. */
public record HistoryPoint(String campaign, Instant started, String workload, String metric, String unit, boolean higherIsBetter,
                           String flavor, int tasks, int n, double mean, Double sd, Double ci95Low, Double ci95High) {

    /** The series this point belongs to, across campaigns. */
    public SeriesName series() {
        return new SeriesName(workload, metric, flavor, tasks);
    }

    /** A series across campaigns: workload, metric, flavor and task count. */
    public record SeriesName(String workload, String metric, String flavor, int tasks) {
        public String label() {
            return flavor + " ×" + tasks;
        }
    }
}
