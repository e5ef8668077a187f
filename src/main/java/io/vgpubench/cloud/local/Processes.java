package io.vgpubench.cloud.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process still runs. A zombie does not: a detached agent whose parent is gone is reparented
 * to init, and an init that does not reap (a container's first process) leaves it a zombie, which the
 * JDK still calls alive.
 */
public final class Processes {
    private Processes() {}

    public static boolean running(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | IndexOutOfBoundsException noProcFs) {
            return p.isAlive();
        }
    }
}
