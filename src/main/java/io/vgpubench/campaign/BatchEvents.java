package io.vgpubench.campaign;

import io.vgpubench.campaign.plan.Batch;
import io.vgpubench.campaign.plan.PlannedRun;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.event.AgentEvents.BadEventException;
import io.vgpubench.contract.event.Sample;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the agent's event lines for one batch through the contract's codec; samples get their campaign-wide
 * repetition number (a run of an interleaved order holds one repetition, numbered 1 by the agent).
 */
final class BatchEvents {
    private final Map<String, PlannedRun> runs;

    BatchEvents(Batch batch) {
        this.runs = batch.runs().stream().collect(Collectors.toMap(PlannedRun::runId, Function.identity()));
    }

    /** The event of a line; empty for a line that is not one (torn, or not JSON). */
    Optional<AgentEvent> parse(String line) {
        AgentEvent e;
        try {
            e = io.vgpubench.contract.event.AgentEvents.read(line);
        } catch (BadEventException bad) {
            return Optional.empty();
        }
        if (e instanceof Sample s) {
            PlannedRun run = runs.get(s.runId());
            return Optional.of(s.atRepetition((run == null ? 0 : run.firstRepetition()) + s.repetition()));
        }
        return Optional.of(e);
    }
}
