package io.vgpubench.campaign.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import io.vgpubench.results.DurableAppender;
import io.vgpubench.results.Json;
import io.vgpubench.results.JsonLines;
import io.vgpubench.results.ResultsWriteFailed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The append-only journal of a campaign ({@code journal.jsonl}): a format line ({@value #FORMAT}), then one JSON
 * entry a line, each written and fsynced before {@link #append} returns. Read and repaired by the rules of
 * {@link JsonLines}: a torn last line (the controller killed mid-write) is left out on reading and cut off before
 * appending; a corrupt line elsewhere, an entry of a type this version does not know, or a journal of a newer
 * format is bad input naming file and line. A journal without a format line is of format 1 (written before it).
 */
public final class Journal implements AutoCloseable {
    /** The format this version writes and the newest it reads. */
    public static final int FORMAT = 1;
    private static final String FORMAT_TYPE = "journal_format";
    private static final ObjectMapper JSON = Json.mapper();
    private final Path file;
    private final DurableAppender appender;

    private Journal(Path file, DurableAppender appender) {
        this.file = file;
        this.appender = appender;
    }

    /**
     * Opens the journal for appending, writing the format line first in a new one. An existing one must be of a
     * format this version reads (its first line); a damaged line further in does not stop an append (teardown
     * must still be able to say what it did), but every reader reports it.
     */
    public static Journal open(Path file) {
        try {
            boolean fresh = !Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) == 0;
            if (!fresh) {
                JsonLines.cutTornTail(file);
                firstLine(file);
            }
            Journal journal = new Journal(file, new DurableAppender(file));
            if (fresh) {
                journal.write(Map.of("type", FORMAT_TYPE, "version", FORMAT));
            }
            return journal;
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot open journal " + file + ": " + e.getMessage(), e);
        }
    }

    public void append(JournalEntry entry) {
        write(entry);
    }

    private void write(Object line) {
        try {
            appender.append((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ResultsWriteFailed("cannot write journal " + file + ": " + e.getMessage()
                    + " (is the results disk full?)", e);
        }
    }

    /** Every entry of a journal file, in order (a last line torn by a kill is left out). */
    public static List<JournalEntry> read(Path file) {
        List<JournalEntry> entries = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file).lines()) {
            JsonNode node = line.node();
            if (node.path("type").asText().equals(FORMAT_TYPE)) {
                checkFormat(file, line);
            } else {
                entries.add(entry(file, line));
            }
        }
        return entries;
    }

    private static void firstLine(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            String first = lines.findFirst().orElse("");
            JsonLines.Content c = JsonLines.parse(file, first + "\n");
            c.lines().stream().filter(l -> l.node().path("type").asText().equals(FORMAT_TYPE))
                    .forEach(l -> checkFormat(file, l));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void checkFormat(Path file, JsonLines.Line line) {
        JsonNode version = line.node().path("version");
        if (!version.canConvertToInt() || version.asInt() < 1) {
            throw VgpubenchException.badInput(file + " line " + line.number() + ", field version: not a format number");
        }
        if (version.asInt() > FORMAT) {
            throw VgpubenchException.badInput(file + " line " + line.number() + ": journal format " + version.asInt()
                    + " was written by a newer vgpubench; this one reads format " + FORMAT + " and older");
        }
    }

    private static JournalEntry entry(Path file, JsonLines.Line line) {
        try {
            return JSON.treeToValue(line.node(), JournalEntry.class);
        } catch (JsonProcessingException e) {
            String type = line.node().path("type").asText("(none)");
            throw VgpubenchException.badInput(file + " line " + line.number() + ": not a journal entry this version"
                    + " knows (type " + type + "): " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() {
        try {
            appender.close();
        } catch (IOException ignored) {
            // closing a channel we only appended to and forced
        }
    }
}
