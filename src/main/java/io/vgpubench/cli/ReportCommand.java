package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench report`: Writes the report of a campaign folder, or of samples brought from elsewhere. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes the report of a campaign folder, or of samples brought from elsewhere.")
public final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "report is not built yet");
    }
}
