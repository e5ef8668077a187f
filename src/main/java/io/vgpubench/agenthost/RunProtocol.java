package io.vgpubench.agenthost;

import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The detached-run protocol, the same on every host: each run has a folder under {@code runs}
 * ({@link RunFolder}); its agent is started detached under a wrapper that leaves its traces there, found
 * again by key, read by byte offset, given its start signal as a file written atomically, and stopped with
 * SIGTERM to its process group and SIGKILL {@link #GRACE} later. Hosts differ only in their
 * {@link HostAccess} and in where {@code runs} and the agent are.
 */
public final class RunProtocol {
    /** How long an agent has, after SIGTERM to its process group, before the group gets SIGKILL. */
    public static final Duration GRACE = Duration.ofSeconds(5);
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._/-]+");
    private final HostAccess host;
    private final String runs;
    private final String agent;

    /** {@code runs}: the folder of the run folders; {@code agent}: the agent command; both relative to the working folder. */
    public RunProtocol(HostAccess host, String runs, String agent) {
        if (!PLAIN_PATH.matcher(runs).matches()) {
            throw new IllegalArgumentException("not a plain relative path (letters, digits, . _ - /): " + runs);
        }
        this.host = host;
        this.runs = runs;
        this.agent = agent;
    }

    /** Starts one agent on a copy of {@code specFile}; refused if a run was started under {@code key} before. */
    public AgentRun start(String key, Path specFile) {
        return start(key, specFile, java.util.Map.of());
    }

    /** As {@link #start(String, Path)}, the agent started with {@code env} added to its environment. */
    public AgentRun start(String key, Path specFile, java.util.Map<String, String> env) {
        RunFolder folder = RunFolder.of(runs, key);
        host.run("creating run folder " + folder.dir(), RunScripts.prepare(folder));
        byte[] spec = bytes(specFile);
        host.write(folder.spec(), spec);
        host.run("starting the agent", RunScripts.start(folder, agent, tasks(spec), env));
        return new DetachedRun(host, folder, 0);
    }

    /** How many agents of this batch share the instance (the spec's {@code tasks}; 1 where it does not say). */
    private static int tasks(byte[] spec) {
        try {
            int tasks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(spec).path("tasks").asInt(1);
            return Math.max(1, tasks);
        } catch (java.io.IOException e) {
            return 1;
        }
    }

    /** Writes the start signal where the agent looks for it; a second one changes nothing the agent sees. */
    public void release(String key, Instant start) {
        host.write(RunFolder.of(runs, key).start(), (start + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The run started under {@code key}, read from byte {@code offset} of its events on. */
    public AgentRun reattach(String key, long offset) {
        return new DetachedRun(host, RunFolder.of(runs, key), offset);
    }

    /** Stops every agent under {@code runs} as {@link AgentRun#kill()} stops one, all in the same grace. */
    public void stopAll() {
        stop(host, RunScripts.termAll(runs));
    }

    /** Runs a {@link RunScripts#term} script, then SIGKILL for the runs it names as still there. */
    static void stop(HostAccess host, String term) {
        List<String> left = host.run("stopping the agent", term).lines().filter(l -> !l.isBlank()).toList();
        if (!left.isEmpty()) {
            host.run("killing the agent (still there " + GRACE.toSeconds() + " s after SIGTERM)",
                    RunScripts.kill(left));
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot read the run spec " + file + ": " + e.getMessage(), e);
        }
    }
}
