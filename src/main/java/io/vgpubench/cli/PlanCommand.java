package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench plan`: Validates a playbook and prints what would be created, touching nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Validates a playbook and prints what would be created, touching nothing.")
public final class PlanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "plan is not built yet");
    }
}
