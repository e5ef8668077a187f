package io.vgpubench.agent.command;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether an executable is on this machine's PATH. */
final class OnPath {
    private OnPath() {}

    static boolean has(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }
}
