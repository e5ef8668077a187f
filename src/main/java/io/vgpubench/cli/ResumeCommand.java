package io.vgpubench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vgpubench resume`: continues a campaign from its journal after the controller stopped. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continues a campaign from its journal after the controller stopped: reuses live "
                + "instances, runs only what is missing, then tears down and reports.")
public final class ResumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CAMPAIGN_DIR", description = "The campaign folder, results/<campaign-id>.")
    Path campaign;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return CampaignCommands.conclude(CampaignCommands.runner(out).resume(campaign.toAbsolutePath().normalize()),
                out);
    }
}
