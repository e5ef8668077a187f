package io.vgpubench.agent.cli;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendOptions;
import io.vgpubench.agent.run.BackendChooser;
import io.vgpubench.agent.run.NoBackendException;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The {@code --backend auto|cpu|cuda} option the subcommands share, and opening what it names. */
public final class BackendOption {
    @Option(names = "--backend", paramLabel = "auto|cpu|cuda",
            description = "Backend to use; overrides the spec's. auto: CUDA if a device answers, else CPU.")
    String backend;

    Backend open(String fallback, double memoryFraction, Consumer<String> warn) throws NoBackendException {
        String choice = backend != null ? backend : fallback;
        if (choice != null && !choice.equals("auto") && !choice.equals("cpu") && !choice.equals("cuda")) {
            throw new NoBackendException("unknown backend '" + choice + "'; use auto, cpu or cuda");
        }
        return BackendChooser.installed().open(choice, new BackendOptions(memoryFraction, 0), warn);
    }
}
