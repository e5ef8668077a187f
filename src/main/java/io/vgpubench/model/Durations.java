package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written like {@code 250ms}, {@code 90s}, {@code 10m}, {@code 1h} or {@code 1h30m}. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile(
            "(?:(\\d{1,9})h)?(?:(\\d{1,9})m(?!s))?(?:(\\d{1,9})s)?(?:(\\d{1,9})ms)?");
    /** The longest duration a playbook may give (a time limit, a slot): longer ones are typos or overflows. */
    public static final Duration MAX = Duration.ofDays(30);

    private Durations() {}

    static Duration read(Node n) {
        String s = n.text();
        if (s == null) {
            return null;
        }
        Duration d = parse(s.trim());
        if (d == null || d.isZero()) {
            n.problem("must be a duration like 250ms, 90s, 10m, 1h or 1h30m (greater than zero), got '"
                    + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'");
            return null;
        }
        if (d.compareTo(MAX) > 0) {
            n.problem("must be at most " + MAX.toDays() + " days, got '" + s + "'");
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

    /** As a playbook writes it, to the second ("10m", "1m20s", "45s"; below a second, "250ms"): what parse reads. */
    public static String format(Duration d) {
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            b.append(s % 3600 / 60).append('m');
        }
        if (s % 60 > 0 || b.length() == 0) {
            b.append(s % 60).append('s');
        }
        return b.toString();
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
