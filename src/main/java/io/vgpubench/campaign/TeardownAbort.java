package io.vgpubench.campaign;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the second Ctrl-C does before the controller halts: names what may be left on the cloud (the
 * instances the journal does not know to be deleted), gives the command that removes it, and journals
 * that, so {@code vgpubench status} tells the same.
 */
final class TeardownAbort implements Runnable {
    private final CampaignContext ctx;

    TeardownAbort(CampaignContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void run() {
        List<String> instances = CampaignState.from(Journal.read(ctx.dir.journal())).mayExist();
        ctx.progress.say("TEARDOWN ABORTED; what may be left:");
        whatMayBeLeft(ctx.cloud, ctx.id, instances).forEach(l -> ctx.progress.say("  " + l));
        ctx.progress.say("remove what is left with: vgpubench teardown " + ctx.dir.root());
        ctx.journal.append(new JournalEntry.TeardownAborted(Instant.now(), instances));
    }

    /** One line per instance in the cloud's words, plus the campaign's other resources where the cloud has them. */
    static List<String> whatMayBeLeft(Cloud cloud, CampaignId id, List<String> instances) {
        List<String> lines = new ArrayList<>();
        instances.forEach(i -> lines.add(cloud.leftoverInstance(i)));
        lines.addAll(cloud.leftoverResources(id));
        if (lines.isEmpty()) {
            lines.add("no instance");
        }
        return lines;
    }
}
