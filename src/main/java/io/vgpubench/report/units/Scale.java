package io.vgpubench.report.units;

/** A column's display unit: recorded values divided by {@code divisor} read in {@code unit}. */
public record Scale(double divisor, String unit) {
    public static Scale as(String unit) {
        return new Scale(1.0, unit == null ? "" : unit);
    }

    public Double apply(Double x) {
        return x == null ? null : x / divisor;
    }
}
