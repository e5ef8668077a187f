package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench gc`: Finds and deletes cloud resources of campaigns that are not running. */
@Command(name = "gc", mixinStandardHelpOptions = true, description = "Finds and deletes cloud resources of campaigns that are not running.")
public final class GcCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "gc is not built yet");
    }
}
