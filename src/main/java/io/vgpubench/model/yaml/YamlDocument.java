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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
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
 * the tree from Jackson's databind (a second pass over the same text). A file is one document of at most
 * {@value #MAX_BYTES} bytes, without aliases ({@code *name}: YAML would read a scalar alias as the anchor's name,
 * not its value): anything else is a problem at its position.
 */
public final class YamlDocument {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    /** Playbooks and catalogs are a few kilobytes; parse time grows faster than the size. */
    public static final long MAX_BYTES = 1 << 20;

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
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(label, null, "", "the file is " + size + " bytes, over the " + MAX_BYTES
                        + "-byte cap for a playbook or catalog");
                return new YamlDocument(label, MissingNode.getInstance(), Map.of(), Map.of(), problems);
            }
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
            int documents = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (((YAMLParser) p).isCurrentAlias()) {
                    problems.add(file, Position.of(p.currentTokenLocation()), path(p, t), "an alias (*"
                            + p.getText() + ") is not supported; write the value out");
                }
                if (startsADocument(p, t) && ++documents == 2) {
                    problems.add(file, Position.of(p.currentTokenLocation()), "", "a second YAML document (after"
                            + " '---'); a playbook or catalog is one document");
                }
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

    /** Whether the token is a value at the top of a document (a mapping, a list or a lone scalar). */
    private static boolean startsADocument(JsonParser p, JsonToken t) {
        if (t.isStructEnd() || t == JsonToken.FIELD_NAME) {
            return false;
        }
        JsonStreamContext ctx = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        return ctx == null || ctx.inRoot();
    }

    private static String path(JsonParser p, JsonToken t) {
        JsonStreamContext ctx = p.getParsingContext();
        String pointer = ctx.pathAsPointer().toString();
        return pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
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
