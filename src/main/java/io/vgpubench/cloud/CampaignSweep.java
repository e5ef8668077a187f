package io.vgpubench.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A cloud that finds, from itself alone, what every campaign left on it, for {@code vgpubench gc}: grouped by
 * campaign, and split into what may be collected and what is kept because its campaign may still run.
 */
public interface CampaignSweep extends Cloud {

    /** Campaigns started longer ago than {@code olderThan} (and not active here since) are stale. */
    Found sweep(Duration olderThan, Instant now);

    /** One campaign's resources: when it started (from its id, if it says) and what is still there. */
    record Campaign(String id, Optional<Instant> started, List<String> resources) {}

    /** What is to be collected, and the campaigns kept because they may still run. */
    record Found(List<Campaign> stale, List<Campaign> kept) {}
}
