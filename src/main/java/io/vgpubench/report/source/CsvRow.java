package io.vgpubench.report.source;

import io.vgpubench.VgpubenchException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** One data row of a {@link CsvTable}, with typed cells whose errors name the file, line and column. */
public record CsvRow(Path file, int line, Map<String, String> cells) {
    /** A decimal number as people and spreadsheets write it: no Java suffixes (5d, 5f), no hex (0x1p3), no NaN. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

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
        if (!WHOLE.matcher(v).matches()) {
            throw error(column, "'" + v + "' is not a whole number");
        }
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
        if (!DECIMAL.matcher(v).matches()) {
            throw error(column, "'" + v + "' is not a number (write it in decimal, as 12.5 or 1.2e-3)");
        }
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

    /**
     * A measured value (a number) that must not be negative where {@code unit} is a time, a rate or a size
     * ({@link MetricUnits}): a negative run time or throughput is a broken input, not a result.
     */
    public double measure(String column, String unit) {
        double d = number(column);
        if (d < 0 && MetricUnits.nonNegative(unit)) {
            throw error(column, "'" + cells.get(column) + "' is negative, but its unit '" + unit
                    + "' is a time, rate or size, which cannot be");
        }
        return d;
    }

    /** The unit column: may be empty, for a unitless metric (a score). */
    public String unit(String column) {
        String v = cells.get(column);
        return v == null ? "" : v.strip();
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
