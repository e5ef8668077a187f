package io.vgpubench.cloud.local;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.agenthost.FileSet;
import io.vgpubench.agenthost.FileUpload;
import io.vgpubench.agenthost.RunProtocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs the agent as processes on this machine, in a local instance's folder: the bundle is deployed into
 * {@code agent/} (hard links), the runs go by the {@link RunProtocol} under {@code runs/}, as on a remote
 * host, so they outlive a killed controller and {@link #reattach} finds them.
 */
final class LocalAgentHost implements AgentHost {
    private final Path dir;
    private final RunProtocol runs;
    private final FileUpload files;
    private final java.util.Map<String, String> env;

    LocalAgentHost(Path dir) {
        this(dir, java.util.Map.of());
    }

    /** @param env added to every agent's environment (an MPS client's pipe folder and limits) */
    LocalAgentHost(Path dir, java.util.Map<String, String> env) {
        this.dir = dir;
        this.env = java.util.Map.copyOf(env);
        LocalAccess access = new LocalAccess(dir);
        this.runs = new RunProtocol(access, "runs", "agent/bin/vgpu-agent");
        this.files = new FileUpload(access, "");
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

    @Override
    public void deployFiles(FileSet set) {
        files.deploy(set);
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
        return runs.start(runKey, specFile, env);
    }

    @Override
    public void release(String runKey, java.time.Instant start) {
        runs.release(runKey, start);
    }

    @Override
    public AgentRun reattach(String runKey, long offset) {
        return runs.reattach(runKey, offset);
    }

    /** Stops every agent process of this instance (teardown). */
    void killAll() {
        runs.stopAll();
    }

    @Override
    public void cleanup() {
        try {
            Tree.delete(dir.resolve("agent"));
            Tree.delete(dir.resolve("files"));
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot remove " + dir.resolve("agent") + ": " + e.getMessage(), e);
        }
    }
}
