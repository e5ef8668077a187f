package io.vgpubench.contract.workload;

/** A figure a workload reports: its name in samples, its unit ("" when unitless) and which way is better. */
public record Metric(String name, String unit, boolean higherIsBetter) {
}
