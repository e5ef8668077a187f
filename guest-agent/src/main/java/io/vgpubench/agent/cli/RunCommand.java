package io.vgpubench.agent.cli;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.run.Cards;
import io.vgpubench.agent.run.EventLog;
import io.vgpubench.agent.run.NoBackendException;
import io.vgpubench.agent.run.Runner;
import io.vgpubench.agent.run.StartSignal;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.agent.spec.BadSpecException;
import io.vgpubench.contract.spec.RunSpec;
import io.vgpubench.agent.spec.SpecReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run --spec SPEC.json --out EVENTS.jsonl [--start-file FILE]}: runs a spec and appends its
 * events, one JSON line each; with a start file, waits for the controller's start signal there.
 */
@Command(name = "run", description = "Run the workloads of a run spec, appending JSON lines to the events file.")
public final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec command;
    @Option(names = "--spec", required = true, paramLabel = "SPEC.json") Path specFile;
    @Option(names = "--out", required = true, paramLabel = "EVENTS.jsonl") Path outFile;
    @Option(names = "--start-file", paramLabel = "FILE",
            description = "Where the controller writes the common start instant, for specs with start_signal: true.")
    Path startFile;
    @Option(names = "--start-wait", paramLabel = "SECONDS", defaultValue = "3600",
            description = "How long to wait for the start signal before giving up (default ${DEFAULT-VALUE}).")
    long startWaitSeconds;
    @Mixin BackendOption backend;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = command.commandLine().getErr();
        RunSpec spec;
        StartSignal signal;
        try {
            spec = SpecReader.read(specFile);
            signal = StartSignal.of(spec, startFile, Duration.ofSeconds(startWaitSeconds));
        } catch (BadSpecException | IllegalArgumentException e) {
            err.println("bad spec: " + e.getMessage());
            return AgentExit.BAD_SPEC;
        }
        try (EventLog log = new EventLog(new FileOutputStream(outFile.toFile(), true))) {
            try (Cards cards = backend.openCards(spec.backend(), spec.memoryFraction(), warning -> {
                err.println("warning: " + warning);
                err.flush();
                log.write(AgentEvent.warning(warning));
            })) {
                Backend first = cards.first();
                err.println("backend " + first.name() + ": " + first.facts().name() + ", " + cards.count() + " card(s)");
                return new Runner(cards, log, err).run(spec, signal) ? AgentExit.OK : AgentExit.RUN_FAILED;
            } catch (StartSignal.NoSignalException e) {
                err.println(e.getMessage());
                log.write(AgentEvent.warning(e.getMessage()));
                return AgentExit.NO_START;
            } catch (NoBackendException e) {
                err.println(e.getMessage());
                log.write(AgentEvent.warning(e.getMessage()));
                return AgentExit.NO_BACKEND;
            }
        } catch (IOException e) {
            err.println("cannot write the events file " + outFile + ": " + e.getMessage());
            return AgentExit.BAD_SPEC;
        }
    }
}
