package io.vgpubench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import io.vgpubench.contract.event.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Reads samples.jsonl, one JSON sample per line, by the one set of rules every command uses (the engine on
 * resume and for its report, status, report, compare). Lines are read by {@link JsonLines} (a torn last line is
 * left out with a warning; a corrupt line elsewhere is bad input naming file and line). Lines that are agent
 * events of another type are skipped (a "warning" event's message is kept); a line that repeats an earlier line
 * exactly (the same JSON object) is dropped, and counted in {@link Content#duplicates()} and the warnings; a
 * sample without flavor, workload, metric or a numeric value is bad input naming file and line. An absent file
 * holds no samples.
 */
public final class SamplesFile {
    private static final ObjectMapper JSON = Json.mapper();

    private SamplesFile() {}

    /** The samples, each exact duplicate line dropped ({@code duplicates} says how many), and the warnings. */
    public record Content(List<Sample> samples, List<String> warnings, int duplicates) {
        public Content {
            samples = List.copyOf(samples);
            warnings = List.copyOf(warnings);
        }
    }

    public static Content read(Path file) {
        return of(file, JsonLines.read(file));
    }

    /** The content of {@code text}, read from {@code file} (which error messages name). */
    static Content parse(Path file, String text) {
        return of(file, JsonLines.parse(file, text));
    }

    private static Content of(Path file, JsonLines.Content lines) {
        List<Sample> samples = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<JsonNode> seen = new HashSet<>();
        int duplicates = 0;
        for (JsonLines.Line line : lines.lines()) {
            JsonNode node = line.node();
            String type = node.path("type").asText("sample");
            if (type.equals("warning")) {
                warnings.add(node.path("message").asText(node.toString()));
            } else if (type.equals("sample")) {
                if (!seen.add(node)) {
                    duplicates++;
                    continue;
                }
                try {
                    samples.add(sample(file, line.number(), node));
                } catch (JsonProcessingException e) {
                    throw VgpubenchException.badInput(file + " line " + line.number() + ": not a sample: "
                            + e.getOriginalMessage());
                }
            }
        }
        lines.tornTail().ifPresent(warnings::add);
        if (duplicates > 0) {
            warnings.add(file + ": " + duplicates + " exact duplicate sample line(s) dropped (each counted once)");
        }
        return new Content(samples, warnings, duplicates);
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
