package io.vgpubench.results;

import io.vgpubench.contract.event.Sample;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;

/**
 * A campaign's {@code samples.jsonl}, appended to: every sample exactly once, whatever retries and resumes
 * happened (a sample already stored, by {@link Sample#key()}, is not written again). Each batch is flushed and
 * forced to disk before {@link #addAll} returns, and only then counts as stored: a batch whose write fails
 * ({@link ResultsWriteFailed}, a full disk) is not marked stored. A torn last line (a kill or a full disk mid-write) is cut
 * off on opening ({@link JsonLines#cutTornTail}), so what is appended starts a line of its own; the resumed agents'
 * samples stand in for it. Read with {@link SamplesFile}.
 */
public final class SampleStore implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();
    private final Path file;
    private final Set<String> keys = new HashSet<>();
    /** Keys being written now by another caller: not stored yet, not to be written twice. */
    private final Set<String> pending = new HashSet<>();
    private final DurableAppender appender;
    private final Optional<String> cut;
    private int count;

    private SampleStore(Path file) throws IOException {
        this.file = file;
        this.cut = JsonLines.cutTornTail(file);
        for (Sample s : SamplesFile.read(file).samples()) {
            if (keys.add(s.key())) {
                count++;
            }
        }
        this.appender = new DurableAppender(file);
    }

    public static SampleStore open(Path file) {
        try {
            return new SampleStore(file);
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** What opening cut off the file's end, if it had a torn last line. */
    public Optional<String> cutOnOpening() {
        return cut;
    }

    /**
     * Stores the samples not stored before; returns how many were new, once they are on disk. On a failed write
     * none of them counts as stored, so a later call may store them again.
     */
    public int addAll(List<Sample> samples) {
        StringBuilder lines = new StringBuilder();
        List<String> fresh = new ArrayList<>();
        synchronized (this) {
            for (Sample s : samples) {
                if (!keys.contains(s.key()) && pending.add(s.key())) {
                    fresh.add(s.key());
                    lines.append(line(s));
                }
            }
        }
        boolean stored = false;
        try {
            if (!fresh.isEmpty()) {
                appender.append(lines.toString().getBytes(StandardCharsets.UTF_8));
            }
            stored = true;
        } catch (IOException e) {
            throw new ResultsWriteFailed("cannot write samples to " + file + ": " + e.getMessage()
                    + " (is the results disk full?)", e);
        } finally {
            synchronized (this) {
                fresh.forEach(pending::remove);
                if (stored) {
                    keys.addAll(fresh);
                    count += fresh.size();
                }
            }
        }
        return fresh.size();
    }

    private String line(Sample s) {
        try {
            return JSON.writeValueAsString(s) + "\n";
        } catch (IOException e) {
            throw new ResultsWriteFailed("cannot write sample " + s.key() + " as JSON: " + e.getMessage(), e);
        }
    }

    public synchronized int count() {
        return count;
    }

    @Override
    public void close() {
        try {
            appender.close();
        } catch (IOException ignored) {
            // flushed after every batch
        }
    }
}
