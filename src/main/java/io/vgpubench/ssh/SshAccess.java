package io.vgpubench.ssh;

import static io.vgpubench.agenthost.Shell.quote;
import static io.vgpubench.agenthost.Shell.sh;

import io.vgpubench.agenthost.HostAccess;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;

/**
 * A host reached over SSH as the run protocol sees it: scripts through jsch exec, reads and writes through
 * SFTP (a write lands beside its target and is renamed over it). Every call reconnects once if the
 * connection dropped under it.
 */
final class SshAccess implements HostAccess {
    private final LiveConnection ssh;
    private final Duration timeout;

    SshAccess(LiveConnection ssh, Duration timeout) {
        this.ssh = ssh;
        this.timeout = timeout;
    }

    @Override
    public String run(String what, String script) {
        return ssh.call(c -> c.exec(what, sh(script), timeout).require(c.endpoint().describe(), what));
    }

    @Override
    public byte[] read(String path, long offset, int max) {
        try {
            return ssh.call(c -> c.sftp("reading " + path, sftp -> {
                try (InputStream in = sftp.get(path, null, offset)) {
                    return in.readNBytes(max);
                }
            }));
        } catch (SftpFailure e) {
            if (e.noSuchFile()) {
                return new byte[0];
            }
            throw e;
        }
    }

    @Override
    public void write(String path, byte[] content) {
        String tmp = path + ".tmp";
        ssh.call(c -> c.sftp("writing " + path, sftp -> {
            sftp.put(new ByteArrayInputStream(content), tmp);
            return null;
        }));
        run("moving " + path + " in place", "mv -f " + quote(tmp) + " " + quote(path));
    }

    @Override
    public String describe() {
        return ssh.endpoint().describe();
    }
}
