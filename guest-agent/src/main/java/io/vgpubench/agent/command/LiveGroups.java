package io.vgpubench.agent.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The process groups of the commands running now. A command runs in a session of its own (so its time limit kills
 * all it started and nothing of the agent), which a signal to the agent's group does not reach: so the groups are
 * killed when the agent is stopped (SIGTERM: a shutdown hook), and listed in {@value #FILE} in the agent's run folder,
 * where the controller's kill finds them when the agent itself was killed outright. Containers (Docker, Podman)
 * live apart from any group: the shutdown hook removes them by name.
 */
final class LiveGroups {
    static final String FILE = "command.groups";
    private static final Set<Long> LIVE = new LinkedHashSet<>();
    /** The containers running now (Docker and Podman run them apart from the execution's process group), with the
     * environment their runtime was started with. */
    private static final java.util.Map<ContainerRun, java.util.Map<String, String>> CONTAINERS = new java.util.LinkedHashMap<>();
    private static Path file;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LiveGroups::killAll, "command-groups"));
    }

    private LiveGroups() {}

    /** Loads the class, so its shutdown hook is in place before a command is started (a stop may come at once). */
    static void arm() {
        // the static initialiser has run
    }

    static synchronized void add(long pgid, Path runFolder) {
        file = runFolder.resolve(FILE);
        LIVE.add(pgid);
        save();
    }

    static synchronized void add(ContainerRun c, java.util.Map<String, String> env) {
        CONTAINERS.put(c, env);
    }

    static synchronized void remove(ContainerRun c) {
        CONTAINERS.remove(c);
    }

    static synchronized void remove(long pgid) {
        LIVE.remove(pgid);
        save();
    }

    private static void save() {
        if (file == null) {
            return;
        }
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, LIVE.stream().map(String::valueOf).collect(Collectors.joining("\n", "", LIVE.isEmpty() ? "" : "\n")));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the shutdown hook still kills them; only an agent killed outright would leave them
        }
    }

    private static synchronized void killAll() {
        // every process the agent started, as one snapshot before any is killed (a command's children lose their
        // parent, and so their place in the tree, once it dies): covers a command started but not listed yet
        java.util.List<ProcessHandle> started = ProcessHandle.current().descendants().toList();
        for (long g : LIVE) {
            try {
                new ProcessBuilder("kill", "-KILL", "--", "-" + g).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                ProcessHandle.of(g).ifPresent(ProcessHandle::destroyForcibly);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        started.forEach(ProcessHandle::destroyForcibly);
        CONTAINERS.forEach(ContainerRun::remove);
    }
}
