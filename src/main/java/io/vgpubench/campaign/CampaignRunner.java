package io.vgpubench.campaign;

import io.vgpubench.model.Playbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The campaign engine's front door, used by the CLI's run, resume, status and teardown commands.
 * Results go to {@code resultsRoot/<campaign-id>/}.
 */
public final class CampaignRunner {
    private final Path home;
    private final PrintWriter out;

    /** @param home the vgpubench installation (where guest-agent/target/bundle lives) */
    public CampaignRunner(Path home, PrintWriter out) {
        this.home = home;
        this.out = out;
    }

    /** Runs a whole campaign: provision, deploy, run, collect, teardown, report. */
    public CampaignOutcome run(Playbook playbook, Path resultsRoot) {
        throw new UnsupportedOperationException("campaign engine not built yet");
    }

    /** Continues a campaign from its journal, reusing live instances and running only what is missing. */
    public CampaignOutcome resume(Path campaignDir) {
        throw new UnsupportedOperationException("campaign engine not built yet");
    }

    /** A campaign's progress as a few lines of text. */
    public String status(Path campaignDir) {
        throw new UnsupportedOperationException("campaign engine not built yet");
    }

    /** Removes every resource of the campaign; returns what could not be removed. */
    public List<String> teardown(Path campaignDir) {
        throw new UnsupportedOperationException("campaign engine not built yet");
    }
}
