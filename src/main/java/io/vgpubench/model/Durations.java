package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written like {@code 250ms}, {@code 90s}, {@code 10m}, {@code 1h} or {@code 1h30m}. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

    private Durations() {}

    static Duration read(Node n) {
        String s = n.text();
        if (s == null) {
            return null;
        }
        Duration d = parse(s.trim());
        if (d == null || d.isZero()) {
            n.problem("must be a duration like 250ms, 90s, 10m, 1h or 1h30m (greater than zero), got '" + s + "'");
            return null;
        }
        return d;
    }

    /** The duration, or null when the text is not of the form. */
    public static Duration parse(String s) {
        Matcher m = FORM.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            return null;
        }
        try {
            return Duration.ofHours(part(m, 1)).plusMinutes(part(m, 2)).plusSeconds(part(m, 3)).plusMillis(part(m, 4));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
