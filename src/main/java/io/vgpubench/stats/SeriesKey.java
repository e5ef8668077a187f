package io.vgpubench.stats;

/** What one summary row is about: a workload's metric on a flavor at a number of concurrent tasks. */
public record SeriesKey(String workload, String metric, String flavor, int tasks) {

    /** The same workload and metric on another flavor and task count. */
    public SeriesKey with(String otherFlavor, int otherTasks) {
        return new SeriesKey(workload, metric, otherFlavor, otherTasks);
    }

    @Override
    public String toString() {
        return workload + "/" + metric + " " + flavor + " x" + tasks;
    }
}
