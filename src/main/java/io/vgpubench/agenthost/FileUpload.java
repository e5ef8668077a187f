package io.vgpubench.agenthost;

import static io.vgpubench.agenthost.Shell.quote;

import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts a command's files on a host, into {@code <campaign folder>/files/<digest>/}: written into a {@code .part}
 * folder, checked there against their SHA-256, then moved in place; a folder already there with the same digest
 * is kept (the same files, by content). Run folders are {@code <campaign folder>/runs/<key>/}, so the agent finds
 * them at {@link #fromRun}.
 */
public final class FileUpload {
    private final HostAccess access;
    private final String base;

    /** @param base the campaign's folder on the host, relative to its working folder ("" for that folder itself) */
    public FileUpload(HostAccess access, String base) {
        this.access = access;
        this.base = base.isEmpty() || base.equals(".") ? "" : base + "/";
    }

    /** Where a run's agent finds the files of {@code set}, relative to its run folder. */
    public static String fromRun(FileSet set) {
        return "../../files/" + set.folderName();
    }

    public void deploy(FileSet set) {
        String dir = base + "files/" + set.folderName();
        String part = dir + ".part";
        String present = access.run("checking " + dir, "[ -f " + quote(dir + "/.complete") + " ] && echo yes || true").strip();
        if (present.equals("yes")) {
            return;
        }
        Set<String> folders = new LinkedHashSet<>();
        folders.add(part);
        for (String f : set.files()) {
            int slash = f.lastIndexOf('/');
            if (slash > 0) {
                folders.add(part + "/" + f.substring(0, slash));
            }
        }
        access.run("making " + part, "rm -rf " + quote(part) + " && umask 077 && mkdir -p "
                + folders.stream().map(Shell::quote).collect(Collectors.joining(" ")));
        for (String f : set.files()) {
            try {
                access.write(part + "/" + f, Files.readAllBytes(set.root().resolve(f)));
            } catch (IOException e) {
                throw VgpubenchException.infrastructure("cannot read " + set.root().resolve(f) + " to upload it: "
                        + e.getMessage(), e);
            }
        }
        StringBuilder check = new StringBuilder("cd " + quote(part) + " || exit 1\n");
        set.sha256().forEach((f, sha) -> check.append("[ \"$(sha256sum ").append(quote(f))
                .append(" | cut -d' ' -f1)\" = ").append(sha).append(" ] || { echo ").append(quote(f)).append("; exit 3; }\n"));
        set.executables().forEach(f -> check.append("chmod u+x ").append(quote(f)).append('\n'));
        check.append("touch .complete");
        access.run("checking the uploaded files of " + set.root(), check.toString());
        access.run("moving " + part + " in place", "rm -rf " + quote(dir) + " && mv " + quote(part) + " " + quote(dir));
    }
}
