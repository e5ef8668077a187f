package io.vgpubench.model;

/**
 * What a flavor costs an hour in the cloud's own unit: Jetstream2 charges service units ({@code SU}), a commercial
 * cloud a currency. From the catalog's {@code cost_per_hour} and {@code cost_unit}.
 */
@com.fasterxml.jackson.databind.annotation.JsonNaming(
        com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Cost(double perHour, String unit) {
    public Cost {
        if (!(perHour > 0) || !Double.isFinite(perHour) || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("cost " + perHour + " " + unit);
        }
    }
}
