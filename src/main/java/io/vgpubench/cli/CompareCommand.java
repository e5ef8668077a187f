package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `vgpubench compare`: Puts two campaigns side by side per workload and flavor. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Puts two campaigns side by side per workload and flavor.")
public final class CompareCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new VgpubenchException(ExitCode.INFRASTRUCTURE, "compare is not built yet");
    }
}
