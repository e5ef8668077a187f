package io.vgpubench.report;

/**
 * Text that reaches report.md: what a Markdown viewer would take for raw HTML as entities ({@code <} before a
 * letter, {@code /}, {@code !} or {@code ?}, so "<= 60" stays readable; {@code &} before a letter or {@code #}),
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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            switch (c) {
                case '<' -> b.append(Character.isLetter(next) || "/!?".indexOf(next) >= 0 ? "&lt;" : "<");
                case '&' -> b.append(Character.isLetter(next) || next == '#' ? "&amp;" : "&");
                case '|' -> b.append("\\|");
                case '`' -> b.append("\\`");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A table: the header, then each row, every cell escaped, and a blank line after. */
    static void table(StringBuilder md, java.util.List<String> header, java.util.List<java.util.List<String>> rows) {
        md.append("| ").append(String.join(" | ", header.stream().map(Md::esc).toList())).append(" |\n|");
        header.forEach(h -> md.append("---|"));
        md.append('\n');
        rows.forEach(row -> md.append("| ").append(String.join(" | ", row.stream().map(Md::esc).toList())).append(" |\n"));
        md.append('\n');
    }
}
