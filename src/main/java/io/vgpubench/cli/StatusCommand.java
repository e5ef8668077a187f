package io.vgpubench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** `vgpubench status`: shows a campaign's progress from its journal. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows a campaign's progress from its journal: each instance's stage, batches and samples.")
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CampaignDirParameter campaign;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CampaignCommands.runner(spec.commandLine().getOut(), spec.commandLine().getErr())
                .status(campaign.path()));
        return ExitCode.OK;
    }
}
