package io.vgpubench.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.model.Cost;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Partition;

/**
 * What the report needs to know of a flavor: the fraction of the card it is allotted (null if unknown),
 * its scheduler policy ("best-effort", "equal-share", "fixed"; on the local cloud how the share is enforced,
 * "time-sliced" or e.g. "mps: 50% of SMs, 20 GB", so the two modes stand side by side; or null) and a label for tables
 * (e.g. the vGPU profile), which may be null. Serialised in campaign.json as snake_case.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlavorInfo(Double shareFraction, String scheduler, String label, Cost cost) {

    /** Without a cost. */
    public FlavorInfo(Double shareFraction, String scheduler, String label) {
        this(shareFraction, scheduler, label, null);
    }

    public static FlavorInfo of(Flavor f) {
        String scheduler = f.scheduler();
        if (f.partition() instanceof Partition.Mps m) {
            scheduler = "mps: " + m.smPercent() + "% of SMs"
                    + (m.memoryLimitGb() == null ? "" : ", " + Fmt.sig(m.memoryLimitGb()) + " GB");
        } else if (scheduler == null && "local".equals(f.profile())) {
            scheduler = "time-sliced";
        }
        return new FlavorInfo(f.shareFraction(), scheduler, f.profile(), f.cost());
    }

    /** A flavor nothing is known about. */
    public static FlavorInfo unknown() {
        return new FlavorInfo(null, null, null);
    }
}
