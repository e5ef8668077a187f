package io.vgpubench.cloud.local;

import io.vgpubench.agenthost.AgentRun;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One local agent process, read through its files, so it can be found again after a restart. */
final class LocalAgentRun implements AgentRun {
    /** How long an agent has to stop after SIGTERM before it is killed (as on a remote host). */
    static final Duration GRACE = Duration.ofSeconds(5);
    private final LocalAgentHost.RunFiles files;
    private final LineTail tail;
    /** Launched by this controller (its wrapper may not have written its PID yet), not found again. */
    private final boolean launched;

    LocalAgentRun(LocalAgentHost.RunFiles files, long offset, boolean launched) {
        this.files = files;
        this.tail = new LineTail(files.events(), offset);
        this.launched = launched;
    }

    @Override
    public long offset() {
        return tail.offset();
    }

    @Override
    public List<String> readNewLines() {
        return tail.readNewLines();
    }

    @Override
    public RunStatus status() {
        try {
            if (Files.exists(files.exit())) {
                return new RunStatus.Exited(Integer.parseInt(Files.readString(files.exit()).trim()));
            }
            Optional<ProcessHandle> p = process();
            if (p.isPresent() && p.get().isAlive()) {
                return new RunStatus.Running();
            }
            if (!Files.exists(files.pid())) {
                // just launched: the wrapper has not written its PID yet; found again: it never ran
                return launched || Files.exists(files.events()) ? new RunStatus.Running()
                        : new RunStatus.NeverStarted(files.pid().getParent().toString());
            }
            // the wrapper may have just written the exit file
            if (Files.exists(files.exit())) {
                return new RunStatus.Exited(Integer.parseInt(Files.readString(files.exit()).trim()));
            }
            return new RunStatus.Lost("the agent process is gone and left no exit code");
        } catch (IOException | NumberFormatException e) {
            return new RunStatus.Lost("cannot read the run's state: " + e.getMessage());
        }
    }

    private Optional<ProcessHandle> process() throws IOException {
        if (!Files.exists(files.pid())) {
            return Optional.empty();
        }
        String pid = Files.readString(files.pid()).trim();
        return pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    @Override
    public String logTail() {
        try {
            if (!Files.exists(files.log())) {
                return "";
            }
            List<String> lines = Files.readAllLines(files.log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * As on a remote host: SIGTERM to the agent (it may finish its line and exit; the wrapper then
     * records the code), SIGKILL to whatever of its process tree is left after {@link #GRACE}.
     */
    @Override
    public void kill() {
        try {
            process().ifPresent(wrapper -> {
                List<ProcessHandle> agent = wrapper.descendants().toList();
                List<ProcessHandle> tree = Stream.concat(agent.stream(), Stream.of(wrapper)).toList();
                agent.forEach(ProcessHandle::destroy);
                awaitExit(tree, Instant.now().plus(GRACE));
                tree.forEach(ProcessHandle::destroyForcibly);
            });
        } catch (IOException | NumberFormatException ignored) {
            // nothing to kill
        }
    }

    private static void awaitExit(List<ProcessHandle> processes, Instant deadline) {
        while (processes.stream().anyMatch(Processes::running) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
