package io.vgpubench.agenthost;

import java.util.List;

/**
 * One detached agent run, read and controlled through its run folder, so any controller finds it again by
 * its key: events by byte offset (complete lines only), status from the wrapper's files and the boot id,
 * stop by signalling the agent's process group.
 */
final class DetachedRun implements AgentRun {
    private static final int LOG_TAIL_BYTES = 16 * 1024;
    private static final int LOG_TAIL_LINES = 20;
    private final HostAccess host;
    private final RunFolder folder;
    private final EventReader events;

    DetachedRun(HostAccess host, RunFolder folder, long offset) {
        this.host = host;
        this.folder = folder;
        this.events = new EventReader(host, folder.events(), offset);
    }

    @Override
    public List<String> readNewLines() {
        return events.readNewLines();
    }

    @Override
    public long offset() {
        return events.offset();
    }

    /** An unreachable host throws (the engine reattaches until its hang limit); Lost means the agent is gone. */
    @Override
    public RunStatus status() {
        String state = host.run("checking the agent", RunScripts.status(folder)).strip();
        if (state.startsWith("exited ")) {
            try {
                return new RunStatus.Exited(Integer.parseInt(state.substring(7).strip()));
            } catch (NumberFormatException e) {
                return new RunStatus.Lost("unreadable exit code file: " + state);
            }
        }
        return switch (state) {
            case "running" -> new RunStatus.Running();
            case "missing" -> new RunStatus.NeverStarted(folder.dir() + " on " + host.describe());
            case "rebooted" -> new RunStatus.Lost(host.describe() + " rebooted since the run started");
            default -> new RunStatus.Lost("the agent on " + host.describe()
                    + " is gone and left no exit code (killed from outside, or out of memory?)");
        };
    }

    @Override
    public String logTail() {
        List<String> lines = host.run("reading the agent log", RunScripts.logTail(folder, LOG_TAIL_BYTES)).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    /** SIGTERM to the agent's process group; SIGKILL to what is left of it after {@link RunProtocol#GRACE}. */
    @Override
    public void kill() {
        RunProtocol.stop(host, RunScripts.term(List.of(folder)));
    }
}
