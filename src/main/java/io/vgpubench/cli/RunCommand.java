package io.vgpubench.cli;

import io.vgpubench.model.Playbook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vgpubench run`: provisions the fleet, runs the campaign, tears down and writes the report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Provisions the fleet, runs the campaign, tears down and writes the report "
                + "to RESULTS/<campaign-id>/.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAYBOOK", description = "The playbook YAML file.")
    Path playbook;

    @Option(names = "--results", paramLabel = "RESULTS", defaultValue = "results",
            description = "Folder that receives the campaign folder (default: ${DEFAULT-VALUE}).")
    Path results;

    @Override
    public Integer call() {
        Playbook p = Home.playbookLoader().checkingKeyFiles().load(playbook);
        return CampaignCommands.drive(spec.commandLine().getOut(), spec.commandLine().getErr(),
                runner -> runner.run(p, p.catalog().flavors(), results.toAbsolutePath().normalize()));
    }
}
