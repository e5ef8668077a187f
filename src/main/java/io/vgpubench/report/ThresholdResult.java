package io.vgpubench.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The outcome of one threshold check on one summary row (or on none, when a threshold matched no row:
 * then it fails, so a misspelt threshold cannot pass silently). {@code name} identifies the check in
 * thresholds.xml; {@code observed} is null where the figure was not defined.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ThresholdResult(String name, String workload, String metric, String flavor, Integer tasks,
                              String bound, Double limit, Double observed, boolean passed, String message) {
}
