package io.vgpubench.report;

/**
 * Text that reaches report.md: HTML's special characters as entities (a Markdown viewer renders raw HTML),
 * a table cell's pipe escaped, backticks escaped, line breaks as spaces, so a name cannot break out of its cell.
 */
public final class Md {
    private Md() {}

    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '|' -> b.append("\\|");
                case '`' -> b.append("\\`");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
