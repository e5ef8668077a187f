package io.vgpubench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The campaign folder argument shared by resume, status and teardown. */
final class CampaignDirParameter {
    @Parameters(index = "0", paramLabel = "CAMPAIGN_DIR", description = "The campaign folder, results/<campaign-id>.")
    Path campaign;

    Path path() {
        return campaign.toAbsolutePath().normalize();
    }
}
