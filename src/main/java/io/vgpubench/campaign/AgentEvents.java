package io.vgpubench.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.campaign.plan.Batch;
import io.vgpubench.campaign.plan.PlannedRun;
import io.vgpubench.results.Json;
import io.vgpubench.results.Sample;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the agent's JSON event lines for one batch: samples get their campaign-wide repetition
 * number; other events (run_failed, warning, agent_done) are told apart by type.
 */
final class AgentEvents {
    private static final ObjectMapper JSON = Json.mapper();
    private final Map<String, PlannedRun> runs;

    AgentEvents(Batch batch) {
        this.runs = batch.runs().stream().collect(Collectors.toMap(PlannedRun::runId, Function.identity()));
    }

    /** A parsed line: its type, the node, and the sample when it is one. */
    record Event(String type, JsonNode node, Optional<Sample> sample) {
        String text(String field) {
            return node.path(field).asText("");
        }
    }

    Optional<Event> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            String type = node.path("type").asText("");
            if (!"sample".equals(type)) {
                return Optional.of(new Event(type, node, Optional.empty()));
            }
            Sample s = JSON.treeToValue(node, Sample.class);
            PlannedRun run = runs.get(s.runId());
            int rep = (run == null ? 0 : run.firstRepetition()) + s.repetition();
            return Optional.of(new Event(type, node, Optional.of(new Sample(s.campaign(), s.instance(), s.flavor(),
                    s.runId(), s.workload(), s.parameters(), rep, s.task(), s.tasks(), s.metric(), s.value(),
                    s.unit(), s.higherIsBetter(), s.startedAt(), s.endedAt(), s.backend(), s.device(), s.deviceIndex(),
                    s.group(), s.groupSize(), s.slotStart(), s.slotEnd(), s.loadStartedAt(), s.loadEndedAt(),
                    s.operations()))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
