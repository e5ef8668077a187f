package io.vgpubench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** `vgpubench teardown`: removes every cloud resource of a campaign. */
@Command(name = "teardown", mixinStandardHelpOptions = true,
        description = "Removes every cloud resource of a campaign (found by its id on the cloud) and says what, "
                + "if anything, could not be removed.")
public final class TeardownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CampaignDirParameter campaign;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> leftovers = CampaignCommands.runner(out, spec.commandLine().getErr()).teardown(campaign.path());
        leftovers.forEach(l -> out.println("left over: " + l));
        out.println(leftovers.isEmpty() ? "nothing left of " + campaign.path().getFileName() : "");
        return leftovers.isEmpty() ? ExitCode.OK : ExitCode.INFRASTRUCTURE;
    }
}
