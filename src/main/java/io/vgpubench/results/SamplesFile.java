package io.vgpubench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import io.vgpubench.contract.event.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads samples.jsonl, one JSON sample per line, by the one set of rules every command uses (the engine on
 * resume and for its report, status, report, compare). Lines that are agent events of another type are
 * skipped (a "warning" event's message is kept); a partial last line with no newline (a write cut short) is
 * skipped with a warning; any other unreadable line, or a sample without flavor, workload, metric or a numeric
 * value, is bad input naming file and line. An absent file holds no samples.
 */
public final class SamplesFile {
    private static final ObjectMapper JSON = Json.mapper();

    private SamplesFile() {}

    public record Content(List<Sample> samples, List<String> warnings) {
        public Content {
            samples = List.copyOf(samples);
            warnings = List.copyOf(warnings);
        }
    }

    public static Content read(Path file) {
        if (!Files.exists(file)) {
            return new Content(List.of(), List.of());
        }
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw VgpubenchException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The content of {@code text}, read from {@code file} (which error messages name). */
    static Content parse(Path file, String text) {
        String[] lines = text.split("\n", -1);
        List<Sample> samples = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean partialLast = i == lines.length - 1;
            try {
                JsonNode node = JSON.readTree(line);
                String type = node.path("type").asText("sample");
                if (type.equals("warning")) {
                    warnings.add(node.path("message").asText(node.toString()));
                } else if (type.equals("sample")) {
                    samples.add(sample(file, i + 1, node));
                }
            } catch (JsonProcessingException e) {
                if (!partialLast) {
                    throw VgpubenchException.badInput(file + " line " + (i + 1) + ": not JSON: " + e.getOriginalMessage());
                }
                warnings.add(file + " line " + (i + 1) + ": partial last line ignored (a write was cut short)");
            }
        }
        return new Content(samples, warnings);
    }

    /** Whether {@code line} is a whole JSON value (not one cut short). */
    static boolean complete(String line) {
        try {
            JSON.readTree(line);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Sample sample(Path file, int line, JsonNode node) throws JsonProcessingException {
        for (String field : List.of("flavor", "workload", "metric", "value")) {
            if (node.path(field).isMissingNode() || node.path(field).isNull()) {
                throw VgpubenchException.badInput(file + " line " + line + ", field " + field + ": missing");
            }
        }
        if (!node.path("value").isNumber()) {
            throw VgpubenchException.badInput(file + " line " + line + ", field value: not a number");
        }
        return JSON.treeToValue(node, Sample.class);
    }
}
