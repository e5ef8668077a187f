package io.vgpubench.model.yaml;

import io.vgpubench.VgpubenchException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found in the input files, so the user sees them all at once, then fails
 * once. Problems are listed file by file (in the order files were read), each file's by position.
 */
public final class Problems {
    private record Problem(int file, int line, int column, String message) {}

    private final List<String> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Adds one problem: {@code file:line:column: path: message}. */
    public void add(String file, Position position, String path, String message) {
        if (!files.contains(file)) {
            files.add(file);
        }
        String where = position == null ? file : file + ":" + position.line() + ":" + position.column();
        problems.add(new Problem(files.indexOf(file), position == null ? 0 : position.line(),
                position == null ? 0 : position.column(),
                printable(where + ": " + (path.isEmpty() ? "" : path + ": ") + message)));
    }

    /** Control characters (a newline in a name, a terminal escape) shown as escapes, never sent raw. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The messages, file by file, in order of position. */
    public List<String> messages() {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::file).thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column))
                .map(Problem::message).toList();
    }

    /** Throws bad input (exit 2) with one line per problem, if any were found. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw VgpubenchException.badInput(String.join(System.lineSeparator(), messages()));
        }
    }
}
