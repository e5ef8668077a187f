package io.vgpubench.report;

import java.util.List;

/** Minimal HTML text helpers: escaping and table rows. */
public final class Html {
    private Html() {}

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String row(String cell, List<String> cells) {
        StringBuilder b = new StringBuilder("<tr>");
        cells.forEach(c -> b.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append('>'));
        return b.append("</tr>\n").toString();
    }

    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<table>\n<thead>").append(row("th", header)).append("</thead>\n<tbody>\n");
        rows.forEach(r -> b.append(row("td", r)));
        return b.append("</tbody>\n</table>\n").toString();
    }

    public static String list(List<String> items) {
        StringBuilder b = new StringBuilder("<ul>\n");
        items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
        return b.append("</ul>\n").toString();
    }
}
