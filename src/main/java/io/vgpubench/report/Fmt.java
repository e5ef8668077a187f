package io.vgpubench.report;

import io.vgpubench.stats.SummaryRow;
import java.util.Locale;

/** Number formatting for people: a mean to the precision its sd supports, percentages, p-values. */
public final class Fmt {
    private Fmt() {}

    /**
     * "179.8 ± 1.2" (decimals from the sd's first significant digit, plus one; with no spread, the mean's four
     * significant digits, so 0.002908 ± 0.000000 rather than 0.00 ± 0.00), or the mean alone.
     */
    public static String meanSd(Double mean, Double sd) {
        if (mean == null) {
            return "–";
        }
        if (sd == null) {
            return sig(mean);
        }
        int decimals = sd > 0 ? Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(sd))))
                : mean == 0 ? 2 : Math.max(2, Math.min(9, 3 - (int) Math.floor(Math.log10(Math.abs(mean))))); // no spread: the mean's 4 digits
        return fixed(mean, decimals) + " ± " + fixed(sd, decimals);
    }

    /** Four significant digits, no exponent for everyday magnitudes. */
    public static String sig(Double x) {
        if (x == null) {
            return "–";
        }
        double a = Math.abs(x);
        if (a != 0 && (a < 1e-3 || a >= 1e9)) {
            return String.format(Locale.ROOT, "%.3e", x);
        }
        int decimals = a == 0 ? 0 : Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
        return fixed(x, decimals);
    }

    /** A setting as the user wrote it: 3, 2.5 (no trailing zeros, no exponent). */
    public static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** "+10.2%". */
    static String pct(Double x) {
        return x == null ? "–" : String.format(Locale.ROOT, "%+.1f%%", x);
    }

    /** "[+9.2, +11.2]%" of a row's overhead, "unbounded" where Fieller's interval is, else "–". */
    static String interval(SummaryRow row) {
        return row.overheadUnbounded() ? "unbounded" : interval(row.overheadCi95Low(), row.overheadCi95High());
    }

    /** The unit as shown: "unitless" for a metric without one (a score). */
    static String unit(String unit) {
        return unit == null || unit.isBlank() ? "unitless" : unit;
    }

    /** "[+9.2, +11.2]%". */
    static String interval(Double low, Double high) {
        return low == null || high == null ? "–" : String.format(Locale.ROOT, "[%+.1f, %+.1f]%%", low, high);
    }

    /** "0.108", "9.3e-09". */
    static String p(Double p) {
        if (p == null) {
            return "–";
        }
        return p < 0.001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.3f", p);
    }

    static String ratio(Double x) {
        return x == null ? "–" : String.format(Locale.ROOT, "%.3f", x);
    }
}
