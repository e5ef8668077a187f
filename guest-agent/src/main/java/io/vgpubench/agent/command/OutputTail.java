package io.vgpubench.agent.command;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last lines of a command's output, bounded in lines and in characters a line, for the message of a failed
 * execution: a chatty command costs no more memory than a quiet one.
 */
final class OutputTail {
    static final int LINES = 20;
    static final int LINE_CHARS = 400;
    private final Deque<String> lines = new ArrayDeque<>();
    private long seen;

    synchronized void add(String line) {
        seen++;
        lines.addLast(line.length() > LINE_CHARS ? line.substring(0, LINE_CHARS) + " [cut]" : line);
        if (lines.size() > LINES) {
            lines.removeFirst();
        }
    }

    /** The kept lines, each indented, with how many came before them; "(no output)" when there were none. */
    synchronized String describe() {
        if (seen == 0) {
            return "(no output)";
        }
        StringBuilder b = new StringBuilder(seen > lines.size() ? "last " + lines.size() + " of " + seen + " lines:" : "output:");
        lines.forEach(l -> b.append("\n  | ").append(l));
        return b.toString();
    }
}
