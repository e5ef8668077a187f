package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench teardown`: Removes every cloud resource of a campaign. */
@Command(name = "teardown", mixinStandardHelpOptions = true, description = "Removes every cloud resource of a campaign.")
public final class TeardownCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "teardown is not built yet");
    }
}
