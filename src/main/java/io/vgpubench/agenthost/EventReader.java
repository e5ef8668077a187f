package io.vgpubench.agenthost;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a growing file's complete lines from a byte offset on; a partial last line waits for its end. Reads
 * in chunks, up to {@link #MAX_READ} a call, so a reader started at 0 on a long file catches up in few calls.
 */
final class EventReader {
    /** The most bytes one request asks for. */
    static final int CHUNK = 4 << 20;
    /** The most bytes one {@link #readNewLines()} returns; the rest comes with the next call. */
    static final int MAX_READ = 64 << 20;
    private final HostAccess host;
    private final String path;
    private long offset;

    EventReader(HostAccess host, String path, long offset) {
        this.host = host;
        this.path = path;
        this.offset = offset;
    }

    /** Bytes returned so far (complete lines only). */
    synchronized long offset() {
        return offset;
    }

    synchronized List<String> readNewLines() {
        List<String> lines = new ArrayList<>();
        for (int read = 0; read < MAX_READ; ) {
            byte[] chunk = host.read(path, offset, CHUNK);
            int end = lastNewline(chunk);
            if (end >= 0) {
                for (String line : new String(chunk, 0, end, StandardCharsets.UTF_8).split("\n", -1)) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
                offset += end + 1;
                read += end + 1;
            }
            if (chunk.length < CHUNK || end < 0) {
                break;
            }
        }
        return lines;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
