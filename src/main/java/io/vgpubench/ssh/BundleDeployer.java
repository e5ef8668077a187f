package io.vgpubench.ssh;

import static io.vgpubench.agenthost.Shell.quote;
import static io.vgpubench.agenthost.Shell.sh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpProgressMonitor;
import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Puts the agent bundle on a host: SFTP upload into the campaign directory (skipped when a tarball with
 * the same SHA-256 is already there; otherwise through one of the connector's upload slots), the SHA-256 checked on the far side, unpacked once, and started
 * with {@code --version} to prove it runs there.
 */
final class BundleDeployer {
    /** Room wanted on the host, as a multiple of the tarball: the tarball plus the unpacked bundle. */
    private static final int SPACE_FACTOR = 4;
    private final SshConnection ssh;
    private final RemoteLayout layout;
    private final Duration timeout;
    private final UploadProgress progress;
    private final Semaphore uploadSlots;

    BundleDeployer(SshConnection ssh, RemoteLayout layout, Duration timeout, UploadProgress progress,
                   Semaphore uploadSlots) {
        this.ssh = ssh;
        this.layout = layout;
        this.timeout = timeout;
        this.progress = progress;
        this.uploadSlots = uploadSlots;
    }

    /** Deploys and returns the agent's {@code --version} line. */
    String deploy(AgentBundle bundle) {
        run("creating " + layout.dir(), "umask 077 && mkdir -p " + quote(layout.dir() + "/runs"));
        if (!bundle.sha256().equalsIgnoreCase(remoteSha256(layout.bundleTarball()))) {
            try {
                uploadSlots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SshException(ssh.endpoint().describe() + ": interrupted while waiting to upload", e, false);
            }
            try {
                upload(bundle);
            } finally {
                uploadSlots.release();
            }
        }
        String marker = run("reading the unpacked bundle's marker", "cat " + quote(layout.unpackedMarker())
                + " 2>/dev/null || true").strip();
        if (!marker.equalsIgnoreCase(bundle.sha256())) {
            run("unpacking the agent bundle", "cd " + quote(layout.dir()) + " && rm -rf vgpubench-agent"
                    + " && tar -xzf agent-bundle.tar.gz && printf '%s\\n' " + quote(bundle.sha256())
                    + " > vgpubench-agent/.bundle-sha256");
        }
        String version = run("starting the agent (" + layout.agentCommand() + " --version)",
                quote(layout.agentCommand()) + " --version").strip();
        if (version.isEmpty()) {
            throw new SshException(ssh.endpoint().describe() + ": the agent printed no version");
        }
        return version.lines().findFirst().orElseThrow();
    }

    private void upload(AgentBundle bundle) {
        long size = size(bundle);
        requireSpace(size * SPACE_FACTOR);
        long[] sent = {0};
        try {
            ssh.sftp("uploading the agent bundle", sftp -> {
                // from a stream: a local path given as text is a glob to jsch (*, ? and \\ in it break the upload)
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(bundle.tarball())) {
                    sftp.put(in, layout.bundleUpload(), monitor(sent, size), ChannelSftp.OVERWRITE);
                }
                return null;
            });
        } catch (SftpFailure e) {
            if (!ssh.isOpen()) { // not the server's answer: the connection went; the caller reconnects and retries
                throw new SshException(ssh.endpoint().describe() + ": the connection dropped while uploading the agent"
                        + " bundle (after " + megabytes(sent[0]) + ")", e, true);
            }
            run("removing the partial upload", "rm -f " + quote(layout.bundleUpload()));
            throw new SshException(ssh.endpoint().describe() + ": uploading the agent bundle ("
                    + megabytes(size) + ") to " + layout.dir() + " failed after " + megabytes(sent[0])
                    + ": the server answered " + e.getCause().getMessage() + ". A failed SFTP write is most often a"
                    + " full disk or quota" + freeSpaceNote(), e, false);
        }
        String arrived = remoteSha256(layout.bundleUpload());
        if (!bundle.sha256().equalsIgnoreCase(arrived)) {
            run("removing the corrupt upload", "rm -f " + quote(layout.bundleUpload()));
            throw new SshException(ssh.endpoint().describe() + ": the agent bundle arrived corrupted: SHA-256 "
                    + arrived + " on the host, " + bundle.sha256() + " here");
        }
        run("moving the bundle in place", "mv -f " + quote(layout.bundleUpload()) + " " + quote(layout.bundleTarball()));
    }

    private SftpProgressMonitor monitor(long[] sent, long size) {
        return new SftpProgressMonitor() {
            @Override
            public void init(int op, String src, String dest, long max) {
                progress.update(0, size);
            }

            @Override
            public boolean count(long count) {
                sent[0] += count;
                progress.update(sent[0], size);
                return true;
            }

            @Override
            public void end() {
            }
        };
    }

    /** The SHA-256 of a file on the host, or "" if it is not there. */
    private String remoteSha256(String path) {
        String out = run("computing SHA-256 of " + path, "sha256sum " + quote(path) + " 2>/dev/null || true").strip();
        return out.isEmpty() ? "" : out.split("\\s+")[0];
    }

    private void requireSpace(long bytes) {
        long free = freeBytes();
        if (free >= 0 && free < bytes) {
            throw new SshException(ssh.endpoint().describe() + ": not enough disk space for the agent: "
                    + megabytes(free) + " free in " + layout.dir() + ", " + megabytes(bytes) + " needed");
        }
    }

    private String freeSpaceNote() {
        long free = freeBytes();
        return free < 0 ? "" : " (df: " + megabytes(free) + " free there now)";
    }

    /** Free bytes where the campaign directory is, or -1 when df cannot say. */
    private long freeBytes() {
        CommandResult df = ssh.exec("checking free space", sh("df -Pk " + quote(layout.dir())
                + " | awk 'NR==2 {print $4}'"), timeout);
        try {
            return df.ok() ? Long.parseLong(df.stdout().strip()) * 1024 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String run(String what, String script) {
        return ssh.exec(what, sh(script), timeout).require(ssh.endpoint().describe(), what);
    }

    private static long size(AgentBundle bundle) {
        try {
            return Files.size(bundle.tarball());
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("agent bundle " + bundle.tarball() + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
