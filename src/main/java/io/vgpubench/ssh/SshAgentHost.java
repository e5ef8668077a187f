package io.vgpubench.ssh;

import static io.vgpubench.ssh.Shell.sh;

import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.cloud.CampaignId;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent on a host reached over SSH (a static host or a cloud VM): deploys the bundle into the
 * campaign's directory, starts runs detached, reads them incrementally and reattaches after a drop.
 * Any cloud builds one from an address, user, key, optional jump host and the host-key fingerprints it has.
 */
public final class SshAgentHost implements AgentHost {
    private static final Logger LOG = LoggerFactory.getLogger(SshAgentHost.class);
    private final LiveConnection ssh;
    private final RemoteLayout layout;
    private final SshSettings settings;
    private final UploadProgress progress;
    private final java.util.concurrent.Semaphore uploadSlots;

    public SshAgentHost(SshEndpoint endpoint, CampaignId campaign, SshConnector connector, UploadProgress progress) {
        this.ssh = new LiveConnection(connector, endpoint);
        this.layout = new RemoteLayout(campaign);
        this.settings = connector.settings();
        this.progress = progress;
        this.uploadSlots = connector.uploads();
    }

    /**
     * Connects now, waiting (with backoff) until SSH answers and then until cloud-init has finished, where
     * the host has it. Returns how the host key was verified; after trust on first use, its fingerprint
     * is the one to journal.
     */
    public HostKeyCheck connect() {
        SshConnection connection = ssh.get();
        CommandResult cloudInit = connection.exec("waiting for cloud-init", sh(
                "if command -v cloud-init >/dev/null 2>&1; then cloud-init status --wait >/dev/null 2>&1;"
                        + " echo \"cloud-init $?\"; else echo none; fi"), settings.readiness());
        String answer = cloudInit.stdout().strip();
        if (answer.startsWith("cloud-init") && !answer.equals("cloud-init 0")) {
            LOG.warn("{}: cloud-init finished with errors ({}); going on", ssh.endpoint().describe(), answer);
        }
        HostKeyCheck check = ssh.firstHostKey();
        if (check != null && check.verdict() == HostKeyCheck.Verdict.TRUSTED_ON_FIRST_USE) {
            trusted = String.valueOf(check.presented());
        }
        return check;
    }

    private volatile String trusted;

    @Override
    public java.util.Optional<String> trustedOnFirstUse() {
        return java.util.Optional.ofNullable(trusted);
    }

    public SshEndpoint endpoint() {
        return ssh.endpoint();
    }

    @Override
    public String deploy(AgentBundle bundle) {
        // instances that share a host share its campaign folder: one upload at a time, the rest skip it
        synchronized (DEPLOYS.computeIfAbsent(ssh.endpoint().login() + "/" + layout.dir(), k -> new Object())) {
            return ssh.call(c -> new BundleDeployer(c, layout, settings.commandTimeout(), progress, uploadSlots)
                    .deploy(bundle));
        }
    }

    @Override
    public AgentRun start(String runKey, Path specFile) {
        String runDir = layout.runDir(runKey);
        run("creating run folder " + runDir, RunScripts.prepare(runDir));
        ssh.call(c -> c.sftp("uploading the run spec", sftp -> {
            sftp.put(specFile.toString(), runDir + "/" + RunScripts.SPEC);
            return null;
        }));
        run("starting the agent", RunScripts.start(runDir));
        return new SshAgentRun(ssh, runDir, settings.commandTimeout(), 0);
    }

    @Override
    public void release(String runKey, java.time.Instant start) {
        run("giving " + runKey + " its start signal", RunScripts.release(layout.runDir(runKey), start));
    }

    @Override
    /** Reattaches and goes on reading the events file from {@code offset} (what {@link SshAgentRun#offset()} said). */
    public SshAgentRun reattach(String runKey, long offset) {
        return new SshAgentRun(ssh, layout.runDir(runKey), settings.commandTimeout(), offset);
    }

    private static final java.util.Map<String, Object> DEPLOYS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void cleanup() {
        run("removing " + layout.dir(), RunScripts.cleanup(layout.dir()));
    }

    @Override
    public void close() {
        ssh.close();
    }

    private String run(String what, String script) {
        return ssh.call(c -> c.exec(what, sh(script), settings.commandTimeout()).require(c.endpoint().describe(), what));
    }
}
