package io.vgpubench.cloud.local;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the agent as child processes in a local instance's folder: the bundle is deployed into
 * {@code agent/}, each run gets {@code runs/<key>.{spec.json,events.jsonl,log,pid,exit,start}}. Agents
 * are started in their own session (setsid) with a wrapper that records the exit code, so they
 * outlive a killed controller and {@link #reattach} finds them, as on a remote host.
 */
final class LocalAgentHost implements AgentHost {
    private final Path dir;

    LocalAgentHost(Path dir) {
        this.dir = dir;
    }

    @Override
    public String deploy(AgentBundle bundle) {
        Path target = dir.resolve("agent");
        try {
            Path stamp = target.resolve(".sha256");
            if (!(Files.exists(stamp) && Files.readString(stamp).trim().equals(bundle.sha256()))) {
                Tree.delete(target);
                Tree.linkOrCopy(bundle.directory(), target);
                Files.writeString(stamp, bundle.sha256());
            }
            return version(target);
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot deploy the agent into " + target + ": " + e.getMessage(), e);
        }
    }

    private static String version(Path agent) throws IOException {
        Process p = new ProcessBuilder(agent.resolve("bin/vgpu-agent").toString(), "--version")
                .redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("the agent did not start: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking the agent", e);
        }
    }

    @Override
    public AgentRun start(String runKey, Path specFile) {
        Path runs = dir.resolve("runs");
        try {
            Files.createDirectories(runs);
            Path spec = runs.resolve(runKey + ".spec.json");
            Files.copy(specFile, spec, StandardCopyOption.REPLACE_EXISTING);
            RunFiles files = RunFiles.of(runs, runKey);
            String agent = dir.resolve("agent/bin/vgpu-agent").toString();
            new ProcessBuilder("setsid", "sh", "-c", AgentLauncher.script(agent, spec.toString(), files))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new LocalAgentRun(files, 0, true);
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot start the agent in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void release(String runKey, java.time.Instant start) {
        Path file = RunFiles.of(dir.resolve("runs"), runKey).start();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, start + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot give " + runKey + " its start signal: " + e.getMessage(), e);
        }
    }

    @Override
    public AgentRun reattach(String runKey, long offset) {
        return new LocalAgentRun(RunFiles.of(dir.resolve("runs"), runKey), offset, false);
    }

    /** Stops every agent process of this instance (teardown). */
    void killAll() throws IOException {
        Path runs = dir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (Stream<Path> pids = Files.list(runs)) {
            for (Path pid : pids.filter(p -> p.toString().endsWith(".pid")).toList()) {
                String key = pid.getFileName().toString().replace(".pid", "");
                new LocalAgentRun(RunFiles.of(runs, key), 0, false).kill();
            }
        }
    }

    @Override
    public void cleanup() {
        try {
            Tree.delete(dir.resolve("agent"));
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot remove " + dir.resolve("agent") + ": " + e.getMessage(), e);
        }
    }

    /** The files of one run on the instance. */
    record RunFiles(Path events, Path log, Path pid, Path exit, Path start) {
        static RunFiles of(Path runs, String key) {
            return new RunFiles(runs.resolve(key + ".events.jsonl"), runs.resolve(key + ".log"),
                    runs.resolve(key + ".pid"), runs.resolve(key + ".exit"), runs.resolve(key + ".start"));
        }

        List<Path> all() {
            return List.of(events, log, pid, exit, start);
        }
    }
}
