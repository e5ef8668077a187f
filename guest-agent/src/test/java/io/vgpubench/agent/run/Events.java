package io.vgpubench.agent.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads back what an {@link EventLog} wrote, one JSON object a line, for assertions. */
final class Events {
    private Events() {}

    static List<JsonNode> parse(String text) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                try {
                    out.add(mapper.readTree(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    static List<JsonNode> parse(ByteArrayOutputStream bytes) {
        return parse(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).collect(Collectors.joining(","));
    }
}
