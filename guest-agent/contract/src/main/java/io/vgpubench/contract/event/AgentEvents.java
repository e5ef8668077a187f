package io.vgpubench.contract.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vgpubench.contract.ContractJson;
import java.util.Map;

/** Writes an {@link AgentEvent} as one JSON line (its {@code "type"} first) and reads one back. */
public final class AgentEvents {
    private static final ObjectMapper JSON = ContractJson.tolerant()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    private static final Map<String, Class<? extends AgentEvent>> TYPES = Map.of(
            "sample", Sample.class,
            "ready", AgentEvent.Ready.class,
            "run_started", AgentEvent.RunStarted.class,
            "run_done", AgentEvent.RunDone.class,
            "run_failed", AgentEvent.RunFailed.class,
            "warning", AgentEvent.Warning.class,
            "agent_done", AgentEvent.AgentDone.class);

    private AgentEvents() {}

    /** The {@code "type"} an event is written with. */
    public static String type(AgentEvent event) {
        if (event instanceof AgentEvent.Unknown u) {
            return u.type();
        }
        return TYPES.entrySet().stream().filter(e -> e.getValue() == event.getClass()).findFirst()
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** One line, without its newline. */
    public static String write(AgentEvent event) {
        ObjectNode node = JSON.createObjectNode().put("type", type(event));
        if (!(event instanceof AgentEvent.Unknown)) {
            node.setAll((ObjectNode) JSON.valueToTree(event));
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + type(event) + " event", e);
        }
    }

    /**
     * Reads one line; a type this side does not know is {@link AgentEvent.Unknown}.
     *
     * @throws BadEventException when the line is not a JSON object of the type it names (a torn or foreign line)
     */
    public static AgentEvent read(String line) throws BadEventException {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new BadEventException("not a JSON object: " + abbreviate(line));
            }
            String type = node.path("type").asText("");
            Class<? extends AgentEvent> as = TYPES.get(type);
            if (as == null) {
                return new AgentEvent.Unknown(type);
            }
            ((ObjectNode) node).remove("type");
            return JSON.treeToValue(node, as);
        } catch (JsonProcessingException e) {
            throw new BadEventException("unreadable event line (" + e.getOriginalMessage() + "): " + abbreviate(line));
        } catch (IllegalArgumentException e) {
            throw new BadEventException("unreadable event line (" + e.getMessage() + "): " + abbreviate(line));
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }

    /** A line that is not an event. */
    public static final class BadEventException extends Exception {
        BadEventException(String message) {
            super(message);
        }
    }
}
