package io.vgpubench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** `vgpubench resume`: continues a campaign from its journal after the controller stopped. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continues a campaign from its journal after the controller stopped: reuses live "
                + "instances, runs only what is missing, then tears down and reports.")
public final class ResumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CampaignDirParameter campaign;

    @Override
    public Integer call() {
        return CampaignCommands.drive(spec.commandLine().getOut(), spec.commandLine().getErr(),
                runner -> runner.resume(campaign.path()));
    }
}
