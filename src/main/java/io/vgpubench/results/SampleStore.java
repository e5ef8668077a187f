package io.vgpubench.results;

import io.vgpubench.contract.event.Sample;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A campaign's {@code samples.jsonl}: every sample exactly once, whatever retries and resumes
 * happened (a sample already stored, by {@link Sample#key()}, is not written again). Each batch is
 * flushed and forced to disk before {@link #addAll} returns.
 */
public final class SampleStore implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();
    private final Path file;
    private final Set<String> keys = new HashSet<>();
    private final DurableAppender appender;
    private int count;

    private SampleStore(Path file) throws IOException {
        this.file = file;
        for (Sample s : read(file)) {
            keys.add(s.key());
            count++;
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

    /** Stores the samples not stored before; returns how many were new, once they are on disk. */
    public int addAll(List<Sample> samples) {
        StringBuilder lines = new StringBuilder();
        int added = 0;
        try {
            synchronized (this) {
                for (Sample s : samples) {
                    if (keys.add(s.key())) {
                        lines.append(JSON.writeValueAsString(s)).append('\n');
                        added++;
                    }
                }
                count += added;
            }
            if (added > 0) {
                appender.append(lines.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write samples to " + file + ": " + e.getMessage()
                    + " (is the results disk full?)", e);
        }
        return added;
    }

    public synchronized int count() {
        return count;
    }

    /** All samples of a samples.jsonl file; a torn last line is ignored. */
    public static List<Sample> read(Path file) {
        return JsonLines.read(file, Sample.class);
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
