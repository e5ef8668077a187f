package io.vgpubench.model.yaml;

import com.fasterxml.jackson.core.JsonLocation;

/** A 1-based line and column in an input file. */
public record Position(int line, int column) {
    static Position of(JsonLocation location) {
        return location == null ? null : new Position(location.getLineNr(), location.getColumnNr());
    }
}
