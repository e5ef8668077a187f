package io.vgpubench.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.vgpubench.VgpubenchException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens SSH connections: through the jump host if one is set, with key or ssh-agent authentication,
 * verified host keys and keepalives, retrying refused or unanswered connections with backoff until
 * the host answers or the readiness time is spent.
 */
public final class SshConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);
    private final SshSettings settings;

    public SshConnector(SshSettings settings) {
        this.settings = settings;
    }

    public SshSettings settings() {
        return settings;
    }

    /** Waits for the host to answer and logs in; throws {@link SshException} (or bad input for a bad key). */
    public SshConnection open(SshEndpoint endpoint) {
        RetryPolicy<SshConnection> retry = RetryPolicy.<SshConnection>builder()
                .handleIf(e -> e instanceof SshException s && s.retryable())
                .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(15))
                .withMaxRetries(-1)
                .withMaxDuration(settings.readiness())
                .onRetry(ev -> LOG.info("{} (retrying)", ev.getLastException().getMessage()))
                .build();
        try {
            return Failsafe.with(retry).get(() -> openOnce(endpoint));
        } catch (SshException e) {
            if (!e.retryable()) {
                throw e;
            }
            throw new SshException(e.getMessage() + "; gave up after " + SshFailures.seconds(settings.readiness()),
                    null, false);
        }
    }

    private SshConnection openOnce(SshEndpoint endpoint) {
        SshConnection jump = endpoint.jump() == null ? null : openOnce(endpoint.jump());
        try {
            return new SshConnection(endpoint, login(endpoint, jump), jump, settings);
        } catch (RuntimeException e) {
            if (jump != null) {
                jump.close();
            }
            throw e;
        }
    }

    private SshConnection.Opened login(SshEndpoint endpoint, SshConnection jump) {
        VerifyingHostKeys hostKeys;
        Session session;
        try {
            JSch jsch = identities(endpoint);
            String host = endpoint.host();
            int port = endpoint.port();
            if (jump != null) {
                port = jump.session().setPortForwardingL("127.0.0.1", 0, host, port);
                host = "127.0.0.1";
            }
            hostKeys = new VerifyingHostKeys(endpoint);
            session = jsch.getSession(endpoint.user(), host, port);
            session.setHostKeyRepository(hostKeys);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            restrictHostKeyTypes(session, endpoint.hostKeys());
            session.setServerAliveInterval(SshSettings.millis(settings.keepAlive()));
            session.setServerAliveCountMax(settings.keepAliveCountMax());
        } catch (JSchException e) {
            throw new SshException(endpoint.describe() + ": cannot set up the SSH session: " + e.getMessage(), e, false);
        }
        try {
            session.connect(SshSettings.millis(settings.connectTimeout()));
            return new SshConnection.Opened(session, hostKeys.lastCheck());
        } catch (JSchException e) {
            session.disconnect();
            throw SshFailures.connectFailed(e, endpoint, hostKeys.lastCheck(), settings);
        }
    }

    private static JSch identities(SshEndpoint endpoint) throws JSchException {
        JSch jsch = new JSch();
        if (endpoint.key() != null) {
            KeyFiles.check(endpoint.key(), endpoint.describe());
            jsch.addIdentity(endpoint.key().toString());
            return jsch;
        }
        try {
            jsch.setIdentityRepository(new AgentIdentityRepository(new SSHAgentConnector()));
            return jsch;
        } catch (AgentProxyException | RuntimeException e) {
            throw VgpubenchException.badInput("host " + endpoint.describe() + ": no key file given and no ssh-agent"
                    + " reachable (SSH_AUTH_SOCK); set key: for this host");
        }
    }

    /** With pinned fingerprints of known types, ask only for those key types so the server shows one we can check. */
    private static void restrictHostKeyTypes(Session session, HostKeyPolicy policy) {
        if (!(policy instanceof HostKeyPolicy.Pinned pinned)
                || pinned.fingerprints().stream().anyMatch(f -> f.keyType() == null)) {
            return;
        }
        Set<String> families = pinned.fingerprints().stream().map(Fingerprint::keyType).collect(Collectors.toSet());
        Set<String> wanted = new LinkedHashSet<>();
        for (String algorithm : session.getConfig("server_host_key").split(",")) {
            String family = algorithm.startsWith("ecdsa") ? "ecdsa"
                    : algorithm.startsWith("rsa-sha2") || algorithm.startsWith("ssh-rsa") ? "rsa"
                    : algorithm.replaceFirst("^ssh-", "");
            if (families.contains(family)) {
                wanted.add(algorithm);
            }
        }
        if (!wanted.isEmpty()) {
            session.setConfig("server_host_key", String.join(",", wanted));
        }
    }
}
