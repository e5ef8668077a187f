package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.agent.spec.DeviceChoice;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a spec's runs in order: waits for the synchronized start, then each run on the cards it names
 * (one card, each in turn, or all: each alone, then all at once), each card's pass on its own thread
 * under the run's time limit, and ends the log with {@code agent_done}. A run that fails or overruns
 * is recorded and the next run goes on.
 */
public final class Runner {
    private final Cards cards;
    private final EventLog log;
    private final PrintWriter progress;
    private final Path workDir;

    /** @param workDir where the agent works (its run folder): a command's files and scratch folders are there */
    public Runner(Cards cards, EventLog log, PrintWriter progress, Path workDir) {
        this.cards = cards;
        this.log = log;
        this.progress = progress;
        this.workDir = workDir.toAbsolutePath();
    }

    /** Working in the current folder. */
    public Runner(Cards cards, EventLog log, PrintWriter progress) {
        this(cards, log, progress, Path.of(""));
    }

    /** On one backend, which is card 0 and the only card. */
    public Runner(Backend backend, EventLog log, PrintWriter progress) {
        this(Cards.of(backend), log, progress);
    }

    /** Runs everything once the start signal says so; true when every run completed. */
    public boolean run(RunSpec spec, StartSignal signal) throws InterruptedException, StartSignal.NoSignalException {
        StartSignal.Start start = signal.await(log);
        if (start.late().compareTo(StartSignal.LATE) > 0) {
            log.write(AgentEvent.warning("started " + start.late().toMillis() + " ms after the group's common start (the"
                    + " start signal came late); this task's first run overlapped less with the others"));
        }
        int ok = 0;
        int failed = 0;
        for (RunRequest run : spec.runs()) {
            if (runOne(spec, run, start.at())) {
                ok++;
            } else {
                failed++;
            }
        }
        log.write(AgentEvent.agentDone(ok, failed));
        return failed == 0;
    }

    private boolean runOne(RunSpec spec, RunRequest run, Instant origin) throws InterruptedException {
        log.write(AgentEvent.started(run.runId(), run.workload()));
        long t0 = System.nanoTime();
        CardPasses passes = new CardPasses(cards, spec, run, log, origin, workDir);
        DeviceChoice choice = DeviceChoice.of(run);
        List<CardPasses.Result> results;
        if (choice instanceof DeviceChoice.One one) {
            results = List.of(passes.alone(one.index(), "card " + one.index()));
        } else if (choice instanceof DeviceChoice.Each) {
            results = passes.eachAlone("card %d");
        } else {
            results = passes.allCards();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        boolean ok = results.stream().allMatch(r -> r.outcome().ok());
        String what = results.size() == 1 ? (ok ? results.get(0).outcome().summary() : results.get(0).outcome().message())
                : results.stream().filter(r -> ok || !r.outcome().ok()).map(CardPasses.Result::describe)
                        .collect(Collectors.joining("; "));
        if (ok) {
            log.write(AgentEvent.done(run.runId(), run.workload()));
            progress.printf("run %s (%s): %s, %.1f s%n", run.runId(), run.workload(), what, seconds);
        } else {
            log.write(AgentEvent.failed(run.runId(), run.workload(), what));
            progress.printf("run %s (%s) FAILED after %.1f s: %s%n", run.runId(), run.workload(), seconds, what);
        }
        progress.flush();
        return ok;
    }
}
