package io.vgpubench.cli;

import io.vgpubench.model.Playbook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `vgpubench plan`: validates a playbook and prints what would be created, touching nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Validates a playbook and prints what would be created, touching nothing.")
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAYBOOK", description = "The playbook YAML file.")
    Path playbook;

    @Override
    public Integer call() {
        Playbook p = Home.playbookLoader().load(playbook);
        PlanPrinter.print(p, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
