package io.vgpubench.cloud.local;

import io.vgpubench.cloud.AgentRun;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** One local agent process, read through its files, so it can be found again after a restart. */
final class LocalAgentRun implements AgentRun {
    private final LocalAgentHost.RunFiles files;
    private final LineTail tail;

    LocalAgentRun(LocalAgentHost.RunFiles files, long offset) {
        this.files = files;
        this.tail = new LineTail(files.events(), offset);
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
                return new RunStatus.Running(); // the wrapper has not written its PID yet
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

    @Override
    public void kill() {
        try {
            process().ifPresent(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            });
        } catch (IOException | NumberFormatException ignored) {
            // nothing to kill
        }
    }
}
