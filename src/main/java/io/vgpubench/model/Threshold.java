package io.vgpubench.model;

/**
 * A pass/fail bound on the summary. {@code flavor} or {@code workload} "*" matches any; a null bound
 * is not checked. Example: overhead of every flavor on gemm under 10%, CV under 2%.
 */
public record Threshold(String workload, String metric, String flavor, Double maxOverheadPct, Double maxCvPct) {
}
