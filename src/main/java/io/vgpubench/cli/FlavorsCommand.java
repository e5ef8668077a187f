package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench flavors`: Lists the flavor catalog. */
@Command(name = "flavors", mixinStandardHelpOptions = true, description = "Lists the flavor catalog.")
public final class FlavorsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "flavors is not built yet");
    }
}
