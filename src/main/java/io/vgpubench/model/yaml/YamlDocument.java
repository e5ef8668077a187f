package io.vgpubench.model.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML file that remembers where every key and value sits, so validation can name the
 * file, line and column of each problem. Locations come from Jackson's token stream (one pass),
 * the tree from Jackson's databind (a second pass over the same text).
 */
public final class YamlDocument {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final String file;
    private final JsonNode root;
    private final Map<JsonPointer, Position> values;
    private final Map<JsonPointer, Position> keys;
    private final Problems problems;

    private YamlDocument(String file, JsonNode root, Map<JsonPointer, Position> values,
                         Map<JsonPointer, Position> keys, Problems problems) {
        this.file = file;
        this.root = root;
        this.values = values;
        this.keys = keys;
        this.problems = problems;
    }

    /**
     * Reads a file. A file that cannot be read is bad input at once; a syntax error is recorded
     * in {@code problems} and yields a document whose root is missing.
     */
    public static YamlDocument read(Path path, Problems problems) {
        String label = label(path);
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw VgpubenchException.badInput(label + ": no such file");
        } catch (IOException e) {
            throw VgpubenchException.badInput(label + ": cannot read: " + e.getMessage());
        }
        return parse(label, text, problems);
    }

    /** Parses text; {@code file} is the name problems carry. */
    public static YamlDocument parse(String file, String text, Problems problems) {
        Map<JsonPointer, Position> values = new HashMap<>();
        Map<JsonPointer, Position> keys = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                record(p, t, values, keys);
            }
            JsonNode root = MAPPER.readTree(text);
            return new YamlDocument(file, root == null ? MissingNode.getInstance() : root, values, keys, problems);
        } catch (JsonProcessingException e) {
            problems.add(file, Position.of(e.getLocation()), "", "not valid YAML: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(file, null, "", "cannot parse: " + e.getMessage());
        }
        return new YamlDocument(file, MissingNode.getInstance(), values, keys, problems);
    }

    /** SnakeYAML's message without its quoted snippet and caret lines (the location is already given). */
    private static String oneLine(String message) {
        return message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .reduce((a, b) -> a + "; " + b).orElse(message);
    }

    private static void record(JsonParser p, JsonToken t, Map<JsonPointer, Position> values,
                               Map<JsonPointer, Position> keys) {
        Position at = Position.of(p.currentTokenLocation());
        if (t == JsonToken.FIELD_NAME) {
            keys.put(p.getParsingContext().pathAsPointer(), at);
            return;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            return;
        }
        boolean opens = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        JsonStreamContext ctx = opens ? p.getParsingContext().getParent() : p.getParsingContext();
        values.putIfAbsent(ctx == null || ctx.inRoot() ? JsonPointer.empty() : ctx.pathAsPointer(), at);
    }

    /** The root node, at path "" (an empty document is a missing node). */
    public Node root() {
        return new Node(this, JsonPointer.empty(), "", root);
    }

    public String file() {
        return file;
    }

    void problem(JsonPointer pointer, boolean atKey, String path, String message) {
        problems.add(file, locate(pointer, atKey), path, message);
    }

    private Position locate(JsonPointer pointer, boolean atKey) {
        for (JsonPointer p = pointer; p != null; p = p.head()) {
            Position found = atKey && p == pointer ? keys.getOrDefault(p, values.get(p)) : values.get(p);
            if (found == null) {
                found = keys.get(p);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The path as the user typed it, relative to the working directory where that is shorter. */
    public static String label(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : path.toString();
    }
}
