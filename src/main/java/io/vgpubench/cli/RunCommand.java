package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench run`: Provisions the fleet, runs the campaign, tears down and writes the report. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Provisions the fleet, runs the campaign, tears down and writes the report.")
public final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "run is not built yet");
    }
}
