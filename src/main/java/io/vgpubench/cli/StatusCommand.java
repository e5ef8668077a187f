package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench status`: Shows a campaign's progress from its journal. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Shows a campaign's progress from its journal.")
public final class StatusCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "status is not built yet");
    }
}
