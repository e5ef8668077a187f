package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench resume`: Continues a campaign from its journal after the controller stopped. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Continues a campaign from its journal after the controller stopped.")
public final class ResumeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "resume is not built yet");
    }
}
