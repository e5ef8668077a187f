package io.vgpubench.agenthost;

import java.nio.file.Path;

/**
 * Runs the guest agent on one instance: local child processes, or SSH to a VM or bare-metal host.
 * The engine drives every instance through the same calls.
 */
public interface AgentHost extends AutoCloseable {

    /**
     * Puts the agent bundle in the campaign's directory on the instance (skipped when the same bundle,
     * by SHA-256, is already there) and checks it starts. Returns the agent's {@code --version} line.
     */
    String deploy(AgentBundle bundle);

    /**
     * Puts a command's files beside the agent (see {@link FileUpload}), checked against their SHA-256 there;
     * kept when the same files are already there. Where a run's agent finds them: {@link FileUpload#fromRun}.
     */
    void deployFiles(FileSet files);

    /**
     * Starts one agent process, detached so it survives a dropped connection, on the given run spec
     * (a JSON file on this machine, copied over). {@code runKey} names the process on the instance.
     */
    AgentRun start(String runKey, Path specFile);

    /**
     * Gives a started run its start signal: the instant its first timed run begins (the group's common
     * start). The agent waits for it after saying {@code ready}; giving it again, or to a run that has
     * already begun or ended, changes nothing.
     */
    void release(String runKey, java.time.Instant start);

    /**
     * Finds an agent process started earlier and reads its events from byte {@code offset} on: 0 after
     * a controller restart (everything again; samples are stored once by key), the dropped run's
     * {@link AgentRun#offset()} after a dropped connection (nothing read twice).
     */
    AgentRun reattach(String runKey, long offset);

    /** Finds an agent process started earlier and reads its events from the start. */
    default AgentRun reattach(String runKey) {
        return reattach(runKey, 0);
    }

    /**
     * The host key fingerprints accepted on first use when connecting, because the cloud showed none, by host name
     * (the instance's, and its jump host's where it has one); empty when every key was verified against known
     * fingerprints (or there is no SSH at all). The engine journals them; a resumed campaign pins them.
     */
    default java.util.Map<String, String> keysTrustedOnFirstUse() {
        return java.util.Map.of();
    }

    /** Removes the campaign's directory on the instance (unless the playbook keeps it). */
    void cleanup();

    @Override
    default void close() {
    }
}
