package io.vgpubench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides whatever in a message is shaped like a credential, so no secret reaches the terminal, a log, the journal
 * or a report even when a server or a library puts one in its text: the value of a password, secret, token, key
 * or credential field (JSON {@code "password": "..."}, YAML or form {@code password: ...}, {@code secret=...}),
 * an HTTP {@code Authorization} or {@code X-Auth-Token} header, and a URL's user:password part.
 */
public final class Redact {
    /** What stands where a secret was. */
    public static final String HIDDEN = "[hidden]";
    private static final String NAMES = "(?:[A-Za-z_-]*(?:password|passwd|passphrase|secret|token|api[_-]?key"
            + "|private[_-]?key|credential)[A-Za-z_-]*)";
    /** "name": "value" (JSON), with escaped quotes inside the value. */
    private static final Pattern QUOTED = Pattern.compile("(?i)(\"" + NAMES + "\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    /** name: value, name=value (YAML, forms, query strings, headers), up to a separator. */
    private static final Pattern BARE = Pattern.compile("(?i)(\\b" + NAMES + "\\b['\"]?\\s*[:=]\\s*)(?![\\s{\\[\"])"
            + "[^\\s,;&'\"}\\]]+");
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(\\bauthorization\\s*[:=]\\s*)[^\\r\\n,;]+");
    private static final Pattern URL_USER = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:)[^/\\s@]+@");

    private Redact() {}

    /** {@code text} with every credential-shaped part replaced by {@value #HIDDEN}; null stays null. */
    public static String secrets(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = replace(QUOTED, text, "\"" + HIDDEN + "\"");
        t = replace(AUTHORIZATION, t, HIDDEN);
        t = replace(BARE, t, HIDDEN);
        return URL_USER.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HIDDEN + "@"));
    }

    private static String replace(Pattern p, String text, String hidden) {
        return p.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + hidden));
    }
}
