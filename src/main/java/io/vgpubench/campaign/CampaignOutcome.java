package io.vgpubench.campaign;

import java.nio.file.Path;
import java.util.List;

/** How a campaign ended: where its results are, and what failed (runs, instances, thresholds). */
public record CampaignOutcome(String campaignId, Path directory, int samples, List<String> failedRuns,
                              List<String> failedThresholds, List<String> leftovers,
                              List<String> warnings, String overheadTable) {
    public boolean passed() {
        return failedRuns.isEmpty() && failedThresholds.isEmpty();
    }
}
