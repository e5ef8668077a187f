package io.vgpubench.ssh;

import static io.vgpubench.agenthost.Shell.quote;
import static io.vgpubench.agenthost.Shell.sh;

import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.agenthost.FileSet;
import io.vgpubench.agenthost.FileUpload;
import io.vgpubench.agenthost.RunProtocol;
import java.nio.file.Path;
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
    private final NamedLocks deploys;
    private final SshAccess access;
    private final RunProtocol runs;

    /** {@code campaign}: the campaign's id, which names its folder on the host. */
    public SshAgentHost(SshEndpoint endpoint, String campaign, SshConnector connector, UploadProgress progress) {
        this.ssh = new LiveConnection(connector, endpoint);
        this.layout = new RemoteLayout(campaign);
        this.settings = connector.settings();
        this.progress = progress;
        this.uploadSlots = connector.uploads();
        this.deploys = connector.deploys();
        this.access = new SshAccess(ssh, settings.commandTimeout());
        this.runs = new RunProtocol(access, layout.runs(), layout.agentCommand());
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
            trusted.put(ssh.endpoint().name(), String.valueOf(check.presented()));
        }
        HostKeyCheck jump = ssh.firstJumpHostKey();
        if (jump != null && jump.verdict() == HostKeyCheck.Verdict.TRUSTED_ON_FIRST_USE) {
            trusted.put(ssh.endpoint().jump().name(), String.valueOf(jump.presented()));
        }
        return check;
    }

    private final java.util.Map<String, String> trusted = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Override
    public java.util.Map<String, String> keysTrustedOnFirstUse() {
        return java.util.Map.copyOf(trusted);
    }

    public SshEndpoint endpoint() {
        return ssh.endpoint();
    }

    @Override
    public String deploy(AgentBundle bundle) {
        // instances that share a host share its campaign folder: one upload at a time, the rest skip it
        return deploys.with(ssh.endpoint().login() + "/" + layout.dir(), () -> ssh.call(c ->
                new BundleDeployer(c, layout, settings.commandTimeout(), progress, uploadSlots).deploy(bundle)));
    }

    @Override
    public void deployFiles(FileSet files) {
        deploys.with(ssh.endpoint().login() + "/" + layout.dir() + "/files", () -> {
            new FileUpload(access, layout.dir()).deploy(files);
            return null;
        });
    }

    @Override
    public AgentRun start(String runKey, Path specFile) {
        return runs.start(runKey, specFile);
    }

    @Override
    public void release(String runKey, java.time.Instant start) {
        runs.release(runKey, start);
    }

    /** Reattaches and goes on reading the events file from {@code offset} (what {@link AgentRun#offset()} said). */
    @Override
    public AgentRun reattach(String runKey, long offset) {
        return runs.reattach(runKey, offset);
    }

    /** Stops the campaign's agents still running, then removes its folder (and .vgpubench if empty). */
    @Override
    public void cleanup() {
        runs.stopAll();
        access.run("removing " + layout.dir(), "rm -rf " + quote(layout.dir()) + "\n"
                + "rmdir " + RemoteLayout.ROOT + " 2>/dev/null; exit 0");
    }

    @Override
    public void close() {
        ssh.close();
    }
}
