package io.vgpubench.report;

import io.vgpubench.contract.workload.Workloads;
import io.vgpubench.stats.SummaryRow;

/**
 * What the memory probe measures (memory reported free and total, really allocatable, the shortfall) are
 * facts of a flavor, not performance: the reports show them as values, with no overhead, interval or p-value.
 */
public final class MemoryFacts {
    private MemoryFacts() {}

    public static boolean is(SummaryRow row) {
        return Workloads.Names.MEMPROBE.equals(row.workload());
    }

    public static boolean isPerformance(SummaryRow row) {
        return !is(row);
    }
}
