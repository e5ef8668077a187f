package io.vgpubench.model.yaml;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One node of a {@link YamlDocument} with its field path (e.g. {@code flavors[1].instances}).
 * Readers report problems through {@link #problem} and get {@code null} or a default back, so
 * loading goes on and every problem is collected.
 */
public final class Node {
    private final YamlDocument doc;
    private final JsonPointer pointer;
    private final String path;
    private final JsonNode value;

    Node(YamlDocument doc, JsonPointer pointer, String path, JsonNode value) {
        this.doc = doc;
        this.pointer = pointer;
        this.path = path;
        this.value = value;
    }

    public String path() {
        return path;
    }

    public boolean isMissing() {
        return value.isMissingNode();
    }

    /** Records a problem at this node's value. */
    public void problem(String message) {
        doc.problem(pointer, false, path, message);
    }

    /** True where the value is a mapping (nothing reported either way: for a field that may be one of two forms). */
    public boolean holdsMapping() {
        return value.isObject();
    }

    /** Checks that this is a mapping, whatever its keys. */
    public boolean isMappingOfAnyKeys() {
        if (!value.isObject()) {
            problem("must be a mapping (key: value), got " + describe());
            return false;
        }
        return true;
    }

    /** Checks that this is a mapping with only the given keys; reports each unknown key at the key. */
    public boolean isMapping(Set<String> allowed) {
        if (!isMappingOfAnyKeys()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (!allowed.contains(e.getKey())) {
                JsonPointer p = pointer.appendProperty(e.getKey());
                doc.problem(p, true, childPath(e.getKey()),
                        "unknown key; expected one of " + new TreeSet<>(allowed));
            }
        }
        return true;
    }

    /** A field of this mapping (missing if absent). */
    public Node field(String key) {
        return new Node(doc, pointer.appendProperty(key), childPath(key), value.path(key));
    }

    /** A required field: reports "missing" at this mapping when absent or null. */
    public Optional<Node> required(String key) {
        Node f = field(key);
        if (f.isMissing() || f.value.isNull()) {
            doc.problem(pointer, false, path, "missing required field '" + key + "'");
            return Optional.empty();
        }
        return Optional.of(f);
    }

    /** An optional field; absent and null both count as absent. */
    public Optional<Node> optional(String key) {
        Node f = field(key);
        return f.isMissing() || f.value.isNull() ? Optional.empty() : Optional.of(f);
    }

    public boolean isList() {
        return value.isArray();
    }

    /** The elements of a sequence; reports a non-sequence and returns none. */
    public List<Node> elements() {
        if (!value.isArray()) {
            problem("must be a list, got " + describe());
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(new Node(doc, pointer.appendIndex(i), path + "[" + i + "]", value.get(i)));
        }
        return out;
    }

    /** The entries of a mapping, each a node (used for free-form maps such as workload parameters). */
    public Map<String, Node> entries() {
        Map<String, Node> out = new java.util.LinkedHashMap<>();
        if (isMappingOfAnyKeys()) {
            fieldNames().forEach(k -> out.put(k, field(k)));
        }
        return out;
    }

    private List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        value.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A string; numbers and booleans are refused so that a typo in type does not pass silently. */
    public String text() {
        if (!value.isTextual()) {
            problem("must be a string, got " + describe());
            return null;
        }
        return value.textValue();
    }

    /** A scalar as text (strings, numbers, booleans); for free-form parameters. */
    public String scalar() {
        if (!value.isValueNode() || value.isNull()) {
            problem("must be a single value (string or number), got " + describe());
            return null;
        }
        return value.asText();
    }

    /** A string value without reporting anything when it is not one. */
    public String textOrNull() {
        return value.isTextual() ? value.textValue() : null;
    }

    /** A whole number within [min, max]. */
    public Long integer(long min, long max) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problem("must be a whole number, got " + describe());
            return null;
        }
        long v = value.longValue();
        if (v < min) {
            problem("must be at least " + min + ", got " + v);
            return null;
        }
        if (v > max) {
            problem("must be at most " + max + ", got " + v);
            return null;
        }
        return v;
    }

    /** A finite number. */
    public Double number() {
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            problem("must be a number, got " + describe());
            return null;
        }
        return value.doubleValue();
    }

    public Boolean bool() {
        if (!value.isBoolean()) {
            problem("must be true or false, got " + describe());
            return null;
        }
        return value.booleanValue();
    }

    /** One of the given words (case-insensitive), mapped by {@code to}. */
    public <T> T oneOf(List<String> words, Function<String, T> to) {
        String s = text();
        if (s == null) {
            return null;
        }
        String w = s.toLowerCase(Locale.ROOT);
        if (!words.contains(w)) {
            problem("must be one of " + words + ", got '" + s + "'");
            return null;
        }
        return to.apply(w);
    }

    /** What the value is, for messages: its YAML kind and, for scalars, the value itself. */
    String describe() {
        if (value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "null";
        }
        String kind = value.isTextual() ? "string" : value.isBoolean() ? "boolean" : "number";
        String text = value.asText();
        return kind + " '" + (text.length() > 60 ? text.substring(0, 60) + "...'" : text + "'");
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
