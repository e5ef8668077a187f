package io.vgpubench.report.source;

import io.vgpubench.VgpubenchException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** One data row of a {@link CsvTable}, with typed cells whose errors name the file, line and column. */
public record CsvRow(Path file, int line, Map<String, String> cells) {

    /** A non-empty text cell. */
    public String text(String column) {
        String v = cells.get(column);
        if (v == null || v.isBlank()) {
            throw error(column, "is empty");
        }
        return v;
    }

    /** True where the column is absent or its cell empty. */
    public boolean blank(String column) {
        String v = cells.get(column);
        return v == null || v.isBlank();
    }

    public int integer(String column, int min) {
        String v = text(column);
        try {
            int i = Integer.parseInt(v);
            if (i < min) {
                throw error(column, "'" + v + "' is below " + min);
            }
            return i;
        } catch (NumberFormatException e) {
            throw error(column, "'" + v + "' is not a whole number");
        }
    }

    public double number(String column) {
        String v = text(column);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw error(column, "'" + v + "' is not a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(column, "'" + v + "' is not a number");
        }
    }

    /** A fraction of the card, 0 < f <= 1, or null where the cell is absent or empty. */
    public Double fraction(String column) {
        if (blank(column)) {
            return null;
        }
        double f = number(column);
        if (f <= 0 || f > 1) {
            throw error(column, "'" + cells.get(column) + "' is not a fraction in (0, 1]");
        }
        return f;
    }

    public boolean bool(String column) {
        String v = text(column).toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw error(column, "'" + cells.get(column) + "' is not true or false");
        }
        return v.equals("true");
    }

    public VgpubenchException error(String column, String problem) {
        return VgpubenchException.badInput(String.format("%s line %d, column %s: %s", file, line, column, problem));
    }
}
