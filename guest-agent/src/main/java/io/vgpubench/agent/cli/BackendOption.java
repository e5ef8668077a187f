package io.vgpubench.agent.cli;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.BackendOptions;
import io.vgpubench.agent.run.BackendChooser;
import io.vgpubench.agent.run.Cards;
import io.vgpubench.agent.run.NoBackendException;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The {@code --backend auto|cpu|cuda} option the subcommands share, and opening what it names. */
public final class BackendOption {
    @Option(names = "--backend", paramLabel = "auto|cpu|cuda",
            description = "Backend to use; overrides the spec's. auto: CUDA if a device answers, else CPU.")
    String backend;

    Backend open(String fallback, double memoryFraction, Consumer<String> warn) throws NoBackendException {
        return BackendChooser.installed().open(choice(fallback), new BackendOptions(memoryFraction, 0), warn);
    }

    /** Every card of the chosen backend; card 0 is opened now, the others when a run needs them. */
    Cards openCards(String fallback, double memoryFraction, Consumer<String> warn) throws NoBackendException {
        return BackendChooser.installed().openCards(choice(fallback), memoryFraction, warn);
    }

    private String choice(String fallback) throws NoBackendException {
        String choice = backend != null ? backend : fallback;
        if (choice != null && !choice.equals("auto") && !choice.equals("cpu") && !choice.equals("cuda")) {
            throw new NoBackendException("unknown backend '" + choice + "'; use auto, cpu or cuda");
        }
        return choice;
    }
}
