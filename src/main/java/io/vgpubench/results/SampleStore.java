package io.vgpubench.results;

import io.vgpubench.contract.event.Sample;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A campaign's {@code samples.jsonl}, appended to: every sample exactly once, whatever retries and resumes
 * happened (a sample already stored, by {@link Sample#key()}, is not written again). Each batch is
 * flushed and forced to disk before {@link #addAll} returns. A last line cut short (a full disk) is cut off
 * on opening, so what is appended starts a line of its own; the resumed agents' samples stand in for it.
 * Read with {@link SamplesFile}.
 */
public final class SampleStore implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();
    private final Path file;
    private final Set<String> keys = new HashSet<>();
    private final DurableAppender appender;
    private int count;

    private SampleStore(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (Sample s : SamplesFile.parse(file, text).samples()) {
                keys.add(s.key());
                count++;
            }
            endLastLine(file, text);
        }
        this.appender = new DurableAppender(file);
    }

    /** Ends a last line left without its newline: a whole sample gets its newline, a piece of one is cut off. */
    private static void endLastLine(Path file, String text) throws IOException {
        if (text.isEmpty() || text.endsWith("\n")) {
            return;
        }
        String kept = text.substring(0, text.lastIndexOf('\n') + 1);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (SamplesFile.complete(text.substring(kept.length()))) {
                channel.position(channel.size()).write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
            } else {
                channel.truncate(kept.getBytes(StandardCharsets.UTF_8).length);
            }
            channel.force(false);
        }
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

    @Override
    public void close() {
        try {
            appender.close();
        } catch (IOException ignored) {
            // flushed after every batch
        }
    }
}
