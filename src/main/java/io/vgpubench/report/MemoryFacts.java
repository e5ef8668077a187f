package io.vgpubench.report;

import io.vgpubench.contract.workload.Workloads;
import io.vgpubench.stats.SummaryRow;

/**
 * What the memory probe measures (memory reported free and total, really allocatable, the shortfall) are
 * facts of a flavor, not performance: the reports show them as values, with no overhead, interval or p-value.
 */
final class MemoryFacts {
    private MemoryFacts() {}

    static boolean is(SummaryRow row) {
        return Workloads.Names.MEMPROBE.equals(row.workload());
    }

    static boolean isPerformance(SummaryRow row) {
        return !is(row);
    }
}
