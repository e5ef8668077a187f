package io.vgpubench.agenthost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a command needs on the instance: a folder (every regular file under it) or one file, each with its
 * SHA-256, taken when the playbook is read. The agent checks them again on the instance before the command's first
 * execution, so a file changed or corrupted on the way fails the run instead of measuring something else.
 *
 * @param root   the folder they are relative to (the folder itself, or the one file's folder)
 * @param sha256 each file's SHA-256 by its path under {@code root}, with '/' between names
 */
public record FileSet(Path root, Map<String, String> sha256) {
    /** Upload limits: a benchmark's scripts, not its datasets. */
    public static final int MAX_FILES = 2_000;
    public static final long MAX_BYTES = 256L << 20;
    /** Names that no shell, SFTP glob or file system will take for something else. */
    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9._+-][A-Za-z0-9._+ -]*");

    public FileSet {
        sha256 = Map.copyOf(new TreeMap<>(sha256));
    }

    /** The files at {@code path}; symbolic links are refused (what they point at could change under us). */
    public static FileSet of(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw new IOException(path + " is a symbolic link; give the folder or file it points to");
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return new FileSet(path.getParent(), Map.of(safe(path.getParent(), path.getFileName().toString()), Sha256.of(path)));
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(path + " is not a file or folder");
        }
        Map<String, String> out = new TreeMap<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.toList()) {
                if (Files.isSymbolicLink(p)) {
                    throw new IOException(path.relativize(p) + " in " + path + " is a symbolic link; copy what it points to");
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    bytes += Files.size(p);
                    if (out.size() >= MAX_FILES || bytes > MAX_BYTES) {
                        throw new IOException(path + " holds more than " + MAX_FILES + " files or " + (MAX_BYTES >> 20)
                                + " MiB: upload a benchmark's scripts, and fetch its data on the instance");
                    }
                    out.put(safe(path, relative(path, p)), Sha256.of(p));
                }
            }
        }
        return new FileSet(path, out);
    }

    /** One digest over every name and SHA-256: the same files give the same folder on the instance. */
    public String digest() {
        StringBuilder names = new StringBuilder();
        sha256.forEach((k, v) -> names.append(k).append('\0').append(v).append('\n'));
        return Sha256.of(names.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The name of their folder on the instance, under the campaign's {@code files/}. */
    public String folderName() {
        return digest().substring(0, 16);
    }

    public List<String> files() {
        return List.copyOf(new TreeMap<>(sha256).keySet());
    }

    private static String safe(Path root, String name) throws IOException {
        for (String part : name.split("/")) {
            if (!SAFE.matcher(part).matches() || part.equals(".") || part.equals("..")) {
                throw new IOException("'" + name.replaceAll("\\p{Cntrl}", "?") + "' in " + root + ": a file to upload must be"
                        + " named with letters, digits, '.', '_', '+', '-' and spaces only");
            }
        }
        return name;
    }

    /** Those to be executable on the instance, as they are here. */
    public java.util.List<String> executables() {
        return files().stream().filter(f -> Files.isExecutable(root.resolve(f))).toList();
    }

    private static String relative(Path root, Path p) {
        StringBuilder b = new StringBuilder();
        for (Path part : root.relativize(p)) {
            b.append(b.length() == 0 ? "" : "/").append(part);
        }
        return b.toString();
    }
}
