package io.vgpubench.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSV cells a spreadsheet cannot take for formulas: a text cell that starts with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe (OWASP's CSV injection advice); numbers are left as they are.
 */
public final class CsvCells {
    private CsvCells() {}

    public static Object safe(Object cell) {
        if (cell instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return cell;
    }

    public static Map<String, Object> safe(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, safe(v)));
        return out;
    }
}
