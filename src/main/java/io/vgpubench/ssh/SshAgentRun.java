package io.vgpubench.ssh;

import static io.vgpubench.ssh.Shell.sh;

import io.vgpubench.agenthost.AgentRun;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One detached agent process on an SSH host. Its events file is fetched by byte offset, complete lines
 * only, so whatever the host wrote before it was lost has already come home; status comes from the
 * wrapper's PID and exit-code files. Survives dropped connections (the host connection reconnects).
 */
public final class SshAgentRun implements AgentRun {
    /** The most bytes one {@link #readNewLines()} fetches; the rest comes with the next call. */
    static final int MAX_READ = 4 << 20;
    private static final int LOG_TAIL = 16 * 1024;
    private final LiveConnection ssh;
    private final String runDir;
    private final Duration timeout;
    private long offset;
    private Instant lastLineAt;

    SshAgentRun(LiveConnection ssh, String runDir, Duration timeout, long offset) {
        this.ssh = ssh;
        this.runDir = runDir;
        this.timeout = timeout;
        this.offset = offset;
        this.lastLineAt = Instant.now();
    }

    @Override
    public synchronized List<String> readNewLines() {
        byte[] chunk;
        try {
            chunk = ssh.call(c -> c.sftp("reading " + runDir + "/" + RunScripts.EVENTS, sftp -> {
                try (InputStream in = sftp.get(runDir + "/" + RunScripts.EVENTS, null, offset)) {
                    return in.readNBytes(MAX_READ);
                }
            }));
        } catch (SftpFailure e) {
            if (e.noSuchFile()) {
                return List.of();
            }
            throw e;
        }
        int end = lastNewline(chunk);
        if (end < 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : new String(chunk, 0, end + 1, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        offset += end + 1;
        lastLineAt = Instant.now();
        return lines;
    }

    /** How many bytes of the events file have come home (for reattaching after a dropped connection). */
    @Override
    public synchronized long offset() {
        return offset;
    }

    /** When the last complete line arrived (or the run was started or reattached): what hang detection needs. */
    public synchronized Instant lastLineAt() {
        return lastLineAt;
    }

    @Override
    public RunStatus status() {
        // An unreachable host throws (the engine reattaches until its hang limit); Lost means the agent is gone.
        String state = run("checking the agent", RunScripts.status(runDir)).strip();
        if (state.startsWith("exited ")) {
            try {
                return new RunStatus.Exited(Integer.parseInt(state.substring(7).strip()));
            } catch (NumberFormatException e) {
                return new RunStatus.Lost("unreadable exit code file: " + state);
            }
        }
        return switch (state) {
            case "running" -> new RunStatus.Running();
            case "missing" -> new RunStatus.NeverStarted(runDir + " on " + ssh.endpoint().describe());
            case "rebooted" -> new RunStatus.Lost(ssh.endpoint().describe() + " rebooted since the run started");
            default -> new RunStatus.Lost("the agent on " + ssh.endpoint().describe()
                    + " is gone and left no exit code (killed from outside, or out of memory?)");
        };
    }

    @Override
    public String logTail() {
        return run("reading the agent log", RunScripts.logTail(runDir, LOG_TAIL));
    }

    @Override
    public void kill() {
        run("stopping the agent", RunScripts.kill(runDir));
    }

    private String run(String what, String script) {
        return ssh.call(c -> c.exec(what, sh(script), timeout).require(c.endpoint().describe(), what));
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
