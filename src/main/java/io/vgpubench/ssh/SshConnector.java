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
import io.vgpubench.model.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens SSH connections: through the jump host if one is set, with key or ssh-agent authentication,
 * verified host keys and keepalives, retrying refused or unanswered connections with backoff until
 * the host answers or the readiness time is spent. One connector serves a campaign's hosts and holds
 * their shared limits: agent bundle uploads at once, and logins at once to any one jump host (below
 * OpenSSH's default MaxStartups of 10, past which it drops new connections at random).
 */
public final class SshConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);
    /** Agent bundle uploads in flight at once, by default: the rest queue, so the first hosts start sooner. */
    public static final int UPLOADS_AT_ONCE = 8;
    /** Logins to one jump host in flight at once. */
    static final int JUMP_LOGINS_AT_ONCE = 8;
    private final SshSettings settings;
    private final int uploadsAtOnce;
    private final Semaphore uploads;
    private final Map<String, Semaphore> jumpLogins = new ConcurrentHashMap<>();
    private final NamedLocks deploys = new NamedLocks();
    /** Where a wait for a host to answer is told: its first retry, then every {@link #SAY_EVERY} at most. */
    private final Consumer<String> waiting;
    static final Duration SAY_EVERY = Duration.ofSeconds(30);

    public SshConnector(SshSettings settings) {
        this(settings, UPLOADS_AT_ONCE);
    }

    public SshConnector(SshSettings settings, int uploadsAtOnce) {
        this(settings, uploadsAtOnce, line -> { });
    }

    private SshConnector(SshSettings settings, int uploadsAtOnce, Consumer<String> waiting) {
        this.settings = settings;
        this.uploadsAtOnce = uploadsAtOnce;
        this.uploads = new Semaphore(uploadsAtOnce, true);
        this.waiting = waiting;
    }

    /** A connector with the same settings and limits that tells {@code waiting} while a host does not answer yet. */
    public SshConnector saying(Consumer<String> waiting) {
        return new SshConnector(settings, uploadsAtOnce, waiting);
    }

    /** The slots agent bundle uploads through this connector share. */
    Semaphore uploads() {
        return uploads;
    }

    /** One deploy at a time into a campaign folder on a login (instances that share a host share the folder). */
    NamedLocks deploys() {
        return deploys;
    }

    public SshSettings settings() {
        return settings;
    }

    /**
     * Waits for the host to answer and logs in; throws {@link SshException} (or bad input for a bad key). A wait is
     * told as one line per {@link #SAY_EVERY} with the attempts counted; it ends early when every attempt has been
     * refused for the settings' refusal limit (nothing listens there, however long the readiness).
     */
    public SshConnection open(SshEndpoint endpoint) {
        Instant started = Instant.now();
        Instant[] refusedSince = {null};
        Instant[] said = {null};
        RetryPolicy<SshConnection> retry = RetryPolicy.<SshConnection>builder()
                .handleIf(e -> e instanceof SshException s && s.retryable())
                .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(15))
                .withMaxRetries(-1)
                .withMaxDuration(settings.readiness())
                .onRetry(ev -> {
                    LOG.debug("{} (retrying)", ev.getLastException().getMessage());
                    Instant now = Instant.now();
                    if (said[0] == null || Duration.between(said[0], now).compareTo(SAY_EVERY) >= 0) {
                        said[0] = now;
                        waiting.accept(ev.getLastException().getMessage() + "; still trying (attempt "
                                + ev.getAttemptCount() + ", " + Durations.format(Duration.between(started, now))
                                + " of " + Durations.format(settings.readiness()) + ")");
                    }
                })
                .build();
        try {
            return Failsafe.with(retry).get(() -> {
                try {
                    return openOnce(endpoint);
                } catch (SshException.Refused refused) {
                    Instant now = Instant.now();
                    refusedSince[0] = refusedSince[0] == null ? now : refusedSince[0];
                    if (Duration.between(refusedSince[0], now).compareTo(settings.refusedLimit()) >= 0) {
                        throw new SshException(refused.getMessage() + "; every attempt refused for "
                                + Durations.format(settings.refusedLimit()) + ", so nothing listens there: gave up"
                                + " without waiting the rest of " + Durations.format(settings.readiness()), null,
                                false);
                    }
                    throw refused;
                } catch (SshException other) {
                    refusedSince[0] = null;
                    throw other;
                }
            });
        } catch (SshException e) {
            if (!e.retryable()) {
                throw e;
            }
            throw new SshException(e.getMessage() + "; gave up after " + SshFailures.seconds(settings.readiness()),
                    null, false);
        }
    }

    private SshConnection openOnce(SshEndpoint endpoint) {
        SshConnection jump = endpoint.jump() == null ? null : throughJump(endpoint.jump());
        try {
            return new SshConnection(endpoint, login(endpoint, jump), jump, settings);
        } catch (RuntimeException e) {
            if (jump != null) {
                jump.close();
            }
            throw e;
        }
    }

    /** Logs in to a jump host, at most {@link #JUMP_LOGINS_AT_ONCE} at a time per jump host. */
    private SshConnection throughJump(SshEndpoint jump) {
        Semaphore slots = jumpLogins.computeIfAbsent(jump.user() + "@" + jump.host() + ":" + jump.port(),
                k -> new Semaphore(JUMP_LOGINS_AT_ONCE, true));
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshException(jump.describe() + ": interrupted while waiting to log in", e, false);
        }
        try {
            return openOnce(jump);
        } finally {
            slots.release();
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
