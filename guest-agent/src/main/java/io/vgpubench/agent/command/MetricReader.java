package io.vgpubench.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.spec.CommandSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metrics of one execution from its output, line by line as it comes: JSON lines (an object with
 * {@code metric} and a numeric {@code value}; {@code unit} and {@code higher_is_better} optional, the latter
 * true when absent) or regular expressions, the last match of each winning. Anything else is ordinary output.
 * A metric may carry the window it was measured over, in epoch seconds: JSON {@code "started"} and {@code "ended"}
 * (and optionally {@code "load_started"}, {@code "load_ended"}: how long around it the command kept the card
 * loaded), or a pattern's named groups {@code started} and {@code ended}. A window that does not end after it
 * starts, or a load that does not hold it, is a malformed metric line.
 */
sealed interface MetricReader permits MetricReader.JsonLines, MetricReader.Patterns {

    /** A fresh reader for one execution of {@code command}. */
    static MetricReader of(CommandSpec command) {
        return command.jsonLines() ? new JsonLines(command.expect()) : new Patterns(command.patterns());
    }

    /** Looks at one line of output; a malformed metric line is an error (its execution failed). */
    void line(String line) throws WorkloadException;

    /** The metrics seen, in the order first seen; throws when one the command must report is missing. */
    List<Measurement> metrics() throws WorkloadException;

    /** A window in epoch seconds, checked: it ends after it starts, and its load holds it. */
    private static Measurement.Window window(double started, double ended, double loadStarted, double loadEnded,
                                             String what) throws WorkloadException {
        if (!(ended > started)) {
            throw new WorkloadException(what + ": its window must end after it starts (started " + started + ", ended "
                    + ended + ")");
        }
        if (loadStarted > started || loadEnded < ended) {
            throw new WorkloadException(what + ": the load around its window must hold it (load " + loadStarted + " to "
                    + loadEnded + ", window " + started + " to " + ended + ")");
        }
        try {
            return new Measurement.Window(HandedWindow.fromEpochSeconds(started), HandedWindow.fromEpochSeconds(ended),
                    HandedWindow.fromEpochSeconds(loadStarted), HandedWindow.fromEpochSeconds(loadEnded));
        } catch (IllegalArgumentException e) { // a window shorter than a nanosecond
            throw new WorkloadException(what + ": " + e.getMessage());
        }
    }

    final class JsonLines implements MetricReader {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final List<String> expect;
        private final Map<String, Measurement> seen = new LinkedHashMap<>();

        JsonLines(List<String> expect) {
            this.expect = expect;
        }

        @Override
        public void line(String line) throws WorkloadException {
            String t = line.strip();
            if (!t.startsWith("{") || !t.contains("\"metric\"")) {
                return;
            }
            JsonNode n;
            try {
                n = JSON.readTree(t);
            } catch (java.io.IOException e) {
                return; // not JSON after all: ordinary output that happens to hold the word
            }
            if (n == null || !n.isObject() || !n.path("metric").isTextual()) {
                return;
            }
            String metric = n.get("metric").asText();
            JsonNode value = n.get("value");
            if (metric.isBlank() || value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
                throw new WorkloadException("metric line " + cut(t) + ": needs a non-empty \"metric\" and a finite"
                        + " number as \"value\"");
            }
            JsonNode hib = n.get("higher_is_better");
            if (hib != null && !hib.isBoolean()) {
                throw new WorkloadException("metric line " + cut(t) + ": \"higher_is_better\" must be true or false");
            }
            seen.put(metric, new Measurement(metric, value.asDouble(), n.path("unit").asText(""),
                    hib == null || hib.asBoolean(), window(n, t)));
        }

        /** The window a metric line gives ({@code started}, {@code ended}, optional load), or null when none. */
        private static Measurement.Window window(JsonNode n, String t) throws WorkloadException {
            Double started = time(n, "started", t);
            Double ended = time(n, "ended", t);
            Double loadStarted = time(n, "load_started", t);
            Double loadEnded = time(n, "load_ended", t);
            if (started == null && ended == null) {
                if (loadStarted != null || loadEnded != null) {
                    throw new WorkloadException("metric line " + cut(t) + ": \"load_started\" and \"load_ended\" need"
                            + " the window they hold, \"started\" and \"ended\"");
                }
                return null;
            }
            if (started == null || ended == null) {
                throw new WorkloadException("metric line " + cut(t) + ": a window needs both \"started\" and \"ended\""
                        + " (epoch seconds)");
            }
            return MetricReader.window(started, ended, loadStarted == null ? started : loadStarted,
                    loadEnded == null ? ended : loadEnded, "metric line " + cut(t));
        }

        private static Double time(JsonNode n, String field, String t) throws WorkloadException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() <= 0) {
                throw new WorkloadException("metric line " + cut(t) + ": \"" + field + "\" must be a time in epoch"
                        + " seconds (such as Python's time.time())");
            }
            return v.asDouble();
        }

        @Override
        public List<Measurement> metrics() throws WorkloadException {
            if (seen.isEmpty()) {
                throw new WorkloadException("it printed no metric line (JSON lines such as {\"metric\": \"images_per_second\","
                        + " \"value\": 9093.0, \"unit\": \"images/s\", \"higher_is_better\": true})");
            }
            List<String> missing = expect.stream().filter(m -> !seen.containsKey(m)).toList();
            if (!missing.isEmpty()) {
                throw new WorkloadException("it did not report " + String.join(", ", missing) + " (reported: "
                        + String.join(", ", seen.keySet()) + ")");
            }
            return new ArrayList<>(seen.values());
        }

        private static String cut(String s) {
            return s.length() > 200 ? s.substring(0, 200) + "..." : s;
        }
    }

    final class Patterns implements MetricReader {
        private final List<CommandSpec.MetricPattern> patterns;
        private final List<Pattern> compiled;
        private final Map<String, Measurement> seen = new LinkedHashMap<>();

        Patterns(List<CommandSpec.MetricPattern> patterns) {
            this.patterns = patterns;
            this.compiled = patterns.stream().map(p -> Pattern.compile(p.regex())).toList();
        }

        @Override
        public void line(String line) throws WorkloadException {
            for (int i = 0; i < patterns.size(); i++) {
                Matcher m = compiled.get(i).matcher(line);
                if (m.find()) {
                    CommandSpec.MetricPattern p = patterns.get(i);
                    String text = value(m);
                    double v;
                    try {
                        v = Double.parseDouble(text == null ? "" : text.strip());
                    } catch (NumberFormatException e) {
                        v = Double.NaN;
                    }
                    if (!Double.isFinite(v) || text.strip().matches(".*[dDfFxXpP].*")) {
                        throw new WorkloadException("metric " + p.metric() + ": its pattern matched '" + text
                                + "', which is not a number");
                    }
                    seen.put(p.metric(), new Measurement(p.metric(), v, p.unit(), p.higherIsBetter(), window(m, p)));
                }
            }
        }

        /** The window of the named groups {@code started} and {@code ended}, where the pattern has both and they matched. */
        private static Measurement.Window window(Matcher m, CommandSpec.MetricPattern p) throws WorkloadException {
            String started = group(m, "started");
            String ended = group(m, "ended");
            if (started == null && ended == null) {
                return null;
            }
            String what = "metric " + p.metric() + " (its pattern's groups started and ended)";
            if (started == null || ended == null) {
                throw new WorkloadException(what + ": a window needs both");
            }
            double s;
            double e;
            try {
                s = Double.parseDouble(started.strip());
                e = Double.parseDouble(ended.strip());
            } catch (NumberFormatException x) {
                throw new WorkloadException(what + ": '" + started + "' to '" + ended + "' are not epoch seconds");
            }
            if (!Double.isFinite(s) || !Double.isFinite(e) || s <= 0) {
                throw new WorkloadException(what + ": '" + started + "' to '" + ended + "' are not epoch seconds");
            }
            return MetricReader.window(s, e, s, e, what);
        }

        private static String group(Matcher m, String name) {
            try {
                return m.group(name);
            } catch (IllegalArgumentException noSuchGroup) {
                return null;
            }
        }

        private static String value(Matcher m) {
            try {
                return m.group("value");
            } catch (IllegalArgumentException noNamedGroup) {
                return m.groupCount() >= 1 ? m.group(1) : m.group();
            }
        }

        @Override
        public List<Measurement> metrics() throws WorkloadException {
            List<String> missing = patterns.stream().map(CommandSpec.MetricPattern::metric)
                    .filter(m -> !seen.containsKey(m)).distinct().toList();
            if (!missing.isEmpty()) {
                throw new WorkloadException("no line of its output matched the pattern of " + String.join(", ", missing));
            }
            return new ArrayList<>(seen.values());
        }
    }
}
