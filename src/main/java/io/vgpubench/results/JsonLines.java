package io.vgpubench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one reader of the JSON-lines files the controller appends to (journal.jsonl, samples.jsonl), with one rule
 * for both. Every line ends with a newline. A last piece without its newline that is not a whole JSON object was
 * cut short by a kill or a full disk mid-write (a torn tail): readers leave it out and say so, and a writer cuts it
 * off ({@link #cutTornTail}) before appending, so the next line starts a line of its own. Any other line that is
 * not a JSON object is corrupt: bad input naming the file and the line, never skipped silently.
 */
public final class JsonLines {
    /** A line is one value: trailing text after it (two lines run together) makes it corrupt. */
    private static final ObjectReader JSON = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLines() {}

    /** One line of the file: its number (from 1) and its JSON object. */
    public record Line(int number, JsonNode node) {}

    /** The whole lines of a file, and a note when a torn tail was left out. */
    public record Content(List<Line> lines, Optional<String> tornTail) {
        public Content {
            lines = List.copyOf(lines);
        }
    }

    /** Every whole line of {@code file}; an absent file holds none. */
    public static Content read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Content(List.of(), Optional.empty());
        }
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw VgpubenchException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The content of {@code text}, read from {@code file} (which error messages name). */
    public static Content parse(Path file, String text) {
        String[] pieces = text.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        Optional<String> torn = Optional.empty();
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            if (piece.isEmpty()) {
                continue;
            }
            Optional<JsonNode> node = object(piece);
            if (node.isPresent()) {
                lines.add(new Line(i + 1, node.get()));
            } else if (i == pieces.length - 1) {
                torn = Optional.of(file + " line " + (i + 1) + ": partial last line ignored (a write was cut short)");
            } else {
                throw VgpubenchException.badInput(file + " line " + (i + 1) + ": not JSON (a corrupt line, or two run "
                        + "together); a damaged line is never skipped silently: repair or remove it");
            }
        }
        return new Content(lines, torn);
    }

    /**
     * Makes {@code file} end with a whole line before it is appended to: a torn last piece is cut off, a whole last
     * object missing only its newline gets it. Returns a note when something was cut. Refuses a symbolic link.
     */
    public static Optional<String> cutTornTail(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            long start = lastLineStart(channel, size);
            if (start == size) {
                return Optional.empty();
            }
            ByteBuffer tail = ByteBuffer.allocate(Math.toIntExact(size - start));
            channel.read(tail, start);
            String piece = new String(tail.array(), StandardCharsets.UTF_8);
            if (object(piece.strip()).isPresent()) {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
                channel.force(false);
                return Optional.empty();
            }
            channel.truncate(start);
            channel.force(false);
            return Optional.of(file + ": cut off a torn last line of " + (size - start) + " bytes (a write cut short)");
        }
    }

    /** Where the bytes after the last newline begin ({@code size} when the file ends with one, or is empty). */
    private static long lastLineStart(FileChannel channel, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long at = size - 1; at >= 0; at--) {
            one.clear();
            channel.read(one, at);
            if (one.get(0) == '\n') {
                return at + 1;
            }
        }
        return 0;
    }

    private static Optional<JsonNode> object(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
