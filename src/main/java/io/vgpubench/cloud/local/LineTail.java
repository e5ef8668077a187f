package io.vgpubench.cloud.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a growing file's complete lines since the last call; a partial last line waits for its end. */
final class LineTail {
    private final Path file;
    private long offset;

    LineTail(Path file) {
        this(file, 0);
    }

    LineTail(Path file, long offset) {
        this.file = file;
        this.offset = offset;
    }

    /** Bytes returned so far (complete lines only). */
    long offset() {
        return offset;
    }

    List<String> readNewLines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length <= offset) {
                return List.of();
            }
            byte[] buf = new byte[(int) Math.min(length - offset, 64L << 20)];
            raf.seek(offset);
            raf.readFully(buf);
            int end = lastNewline(buf);
            if (end < 0) {
                return List.of();
            }
            offset += end + 1;
            List<String> lines = new ArrayList<>();
            for (String line : new String(buf, 0, end, StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int lastNewline(byte[] buf) {
        for (int i = buf.length - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
