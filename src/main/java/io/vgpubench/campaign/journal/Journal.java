package io.vgpubench.campaign.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import io.vgpubench.results.DurableAppender;
import io.vgpubench.results.Json;
import io.vgpubench.results.JsonLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The append-only journal of a campaign ({@code journal.jsonl}): one JSON entry a line, each written
 * and fsynced before {@link #append} returns. A torn last line (the controller killed mid-write) is
 * ignored on reading.
 */
public final class Journal implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();
    private final Path file;
    private final DurableAppender appender;

    private Journal(Path file, DurableAppender appender) {
        this.file = file;
        this.appender = appender;
    }

    public static Journal open(Path file) {
        try {
            return new Journal(file, new DurableAppender(file));
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot open journal " + file + ": " + e.getMessage(), e);
        }
    }

    public void append(JournalEntry entry) {
        try {
            appender.append((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write journal " + file + ": " + e.getMessage()
                    + " (is the results disk full?)", e);
        }
    }

    /** Every complete entry of a journal file, in order (a line torn by a kill is ignored). */
    public static List<JournalEntry> read(Path file) {
        return JsonLines.read(file, JournalEntry.class);
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
