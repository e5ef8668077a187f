package io.vgpubench.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.model.Flavor;

/**
 * What the report needs to know of a flavor: the fraction of the card it is allotted (null if unknown),
 * its scheduler policy ("best-effort", "equal-share", "fixed" or null) and a label for tables
 * (e.g. the vGPU profile), which may be null. Serialised in campaign.json as snake_case.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlavorInfo(Double shareFraction, String scheduler, String label) {

    public static FlavorInfo of(Flavor f) {
        return new FlavorInfo(f.shareFraction(), f.scheduler(), f.profile());
    }

    /** A flavor nothing is known about. */
    public static FlavorInfo unknown() {
        return new FlavorInfo(null, null, null);
    }
}
