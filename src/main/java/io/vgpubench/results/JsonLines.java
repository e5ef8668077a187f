package io.vgpubench.results;

import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON-lines file the controller appends to (the journal). A line that does not parse
 * was cut short by a kill mid-write: it is skipped, and everything before it stands.
 */
public final class JsonLines {
    private JsonLines() {}

    /** Every complete value in the file, in order; an absent file holds none. */
    public static <T> List<T> read(Path file, Class<T> type) {
        List<T> values = new ArrayList<>();
        if (!Files.exists(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        values.add(Json.mapper().readValue(line, type));
                    } catch (IOException torn) {
                        // cut short by a kill; collected again on resume where it matters
                    }
                }
            }
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot read " + file + ": " + e.getMessage(), e);
        }
        return values;
    }
}
