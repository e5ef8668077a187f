package io.vgpubench.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.shell.InvertedShellWrapper;
import org.apache.sshd.server.shell.ProcessShell;
import org.apache.sshd.sftp.server.SftpErrorStatusDataHandler;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemEnvironment;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SSH server in the test's process (Apache MINA SSHD) on a loopback port: its own host key,
 * public-key authentication only, SFTP rooted at a temporary home, and exec that runs each command with
 * /bin/sh in that home (HOME set to it), as sshd does in a user's login directory.
 */
public final class TestSshServer implements AutoCloseable {
    /** Puts the server-side exception's message into SFTP error replies (OpenSSH says just "Failure"). */
    private static final SftpErrorStatusDataHandler TELLS_WHY = new SftpErrorStatusDataHandler() {
        @Override
        public String resolveErrorMessage(SftpSubsystemEnvironment env, int status, Throwable e, int subStatus,
                                          int cmd, Object... args) {
            return e.getMessage();
        }
    };
    private final SshServer sshd;
    private final Path home;
    private final KeyPair hostKey;

    private TestSshServer(SshServer sshd, Path home, KeyPair hostKey) {
        this.sshd = sshd;
        this.home = home;
        this.hostKey = hostKey;
    }

    public static TestSshServer start(Path home, PublicKey authorized) throws Exception {
        return start(home, authorized, SftpFileSystemAccessor.DEFAULT, null, 0);
    }

    /**
     * @param accessor  how SFTP touches files (a fault-injecting one for disk-full tests)
     * @param extraPath a folder put first on the PATH of commands (e.g. holding a cloud-init), or null
     * @param port      0 for any free port
     */
    public static TestSshServer start(Path home, PublicKey authorized, SftpFileSystemAccessor accessor, Path extraPath,
                               int port) throws Exception {
        Files.createDirectories(home);
        KeyPair hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, authorized));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(home));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder()
                .withFileSystemAccessor(accessor).withSftpErrorStatusDataHandler(TELLS_WHY).build()));
        sshd.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        String path = (extraPath == null ? "" : extraPath + ":") + System.getenv("PATH");
        sshd.setCommandFactory((channel, command) -> new InvertedShellWrapper(new HomeShell(home, path, command)));
        sshd.start();
        return new TestSshServer(sshd, home, hostKey);
    }

    public int port() {
        return sshd.getPort();
    }

    public Path home() {
        return home;
    }

    /** The host key's fingerprint as {@code ssh-keygen -l} prints it (computed by MINA, not by our code). */
    public String fingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** Writes a known_hosts file that lists this server under {@code [127.0.0.1]:port}. */
    public Path knownHosts(Path file) throws IOException {
        Files.writeString(file, "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        return file;
    }

    /**
     * From now on counts logins in progress (connected, not yet authenticated): {@code inFlight} now,
     * {@code most} the highest seen.
     */
    public void countLogins(AtomicInteger inFlight, AtomicInteger most) {
        Set<Session> pending = ConcurrentHashMap.newKeySet();
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                pending.add(session);
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            }

            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.Authenticated && pending.remove(session)) {
                    inFlight.decrementAndGet();
                }
            }

            @Override
            public void sessionClosed(Session session) {
                if (pending.remove(session)) {
                    inFlight.decrementAndGet();
                }
            }
        });
    }

    /** Drops every client connection from the server's side, as a network fault or sshd restart would. */
    public void dropConnections() throws IOException {
        List<Session> sessions = new ArrayList<>(sshd.getActiveSessions());
        for (Session s : sessions) {
            s.close(true);
        }
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }

    /** Runs one exec request with /bin/sh in the test home. */
    private static final class HomeShell extends ProcessShell {
        private final Path home;
        private final String path;

        HomeShell(Path home, String path, String command) {
            super("/bin/sh", "-c", "cd \"$HOME\" || exit 1\n" + command);
            this.home = home;
            this.path = path;
        }

        @Override
        protected Map<String, String> resolveShellEnvironment(Map<String, String> env) {
            Map<String, String> resolved = new HashMap<>(super.resolveShellEnvironment(env));
            resolved.put("HOME", home.toString());
            resolved.put("PATH", path);
            return resolved;
        }
    }
}
