package io.vgpubench.campaign;

import io.vgpubench.VgpubenchException;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.results.CampaignFolder;
import io.vgpubench.results.CampaignInfo;

/**
 * The campaign a folder holds, refused unless the folder agrees with itself: its name, the id in campaign.json
 * and the id the journal started with are one campaign. Resume and teardown act on cloud resources found by that
 * id, so a folder copied under another name, or one whose campaign.json was edited or brought from elsewhere, must
 * not lead them to another campaign's instances.
 */
final class OwnCampaign {
    private OwnCampaign() {}

    static CampaignId of(CampaignFolder dir, CampaignInfo info, String doing) {
        String inInfo = info.campaign();
        if (inInfo == null || !inInfo.equals(dir.id())) {
            throw mismatch(dir, doing, dir.infoFile().getFileName() + " names campaign " + inInfo);
        }
        Journal.read(dir.journal()).stream().filter(e -> e instanceof JournalEntry.CampaignStarted).findFirst()
                .map(e -> ((JournalEntry.CampaignStarted) e).campaign())
                .filter(started -> !started.equals(dir.id()))
                .ifPresent(started -> {
                    throw mismatch(dir, doing, dir.journal().getFileName() + " started campaign " + started);
                });
        return new CampaignId(inInfo);
    }

    private static VgpubenchException mismatch(CampaignFolder dir, String doing, String what) {
        return VgpubenchException.badInput("cannot " + doing + " " + dir.root() + ": the folder is named "
                + dir.id() + " but its " + what + "; a copied or edited campaign folder is not its campaign, and"
                + " acting on it could touch another campaign's resources. Use the campaign's own folder,"
                + " results/<campaign-id>/");
    }
}
