package io.vgpubench.ssh;

import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One host's connection, reopened when it drops: an operation that fails on a dropped session runs once
 * more on a fresh one. After trust on first use, the key seen first is pinned for every reconnect, the jump
 * host's as the target's.
 */
final class LiveConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);
    private final SshConnector connector;
    private SshEndpoint endpoint;
    private SshConnection current;
    private HostKeyCheck firstHostKey;
    private HostKeyCheck firstJumpHostKey;

    LiveConnection(SshConnector connector, SshEndpoint endpoint) {
        this.connector = connector;
        this.endpoint = endpoint;
    }

    SshEndpoint endpoint() {
        return endpoint;
    }

    /** How the jump host's key was verified on the first connection; null before it or without a jump host. */
    synchronized HostKeyCheck firstJumpHostKey() {
        return firstJumpHostKey;
    }

    /** How the host key was verified on the first connection; null before it. */
    synchronized HostKeyCheck firstHostKey() {
        return firstHostKey;
    }

    synchronized SshConnection get() {
        if (current != null && current.isOpen()) {
            return current;
        }
        if (current != null) {
            LOG.info("{}: connection lost, reconnecting", endpoint.describe());
            current.close();
            current = null;
        }
        current = connector.open(endpoint);
        if (firstHostKey == null) {
            firstHostKey = current.hostKey();
            if (firstHostKey.verdict() == HostKeyCheck.Verdict.TRUSTED_ON_FIRST_USE) {
                LOG.warn("{}: host key {} trusted on first use (no fingerprints were available)",
                        endpoint.describe(), firstHostKey.presented());
                endpoint = endpoint.withHostKeys(new HostKeyPolicy.Pinned(List.of(firstHostKey.presented())));
            }
        }
        if (firstJumpHostKey == null && current.jumpHostKey() != null) {
            firstJumpHostKey = current.jumpHostKey();
            if (firstJumpHostKey.verdict() == HostKeyCheck.Verdict.TRUSTED_ON_FIRST_USE) {
                LOG.warn("{}: jump host key {} trusted on first use (no fingerprints were available)",
                        endpoint.jump().describe(), firstJumpHostKey.presented());
                endpoint = endpoint.withJump(endpoint.jump().withHostKeys(
                        new HostKeyPolicy.Pinned(List.of(firstJumpHostKey.presented()))));
            }
        }
        return current;
    }

    /** Runs {@code operation}; if the session dropped under it, reconnects and runs it once more. */
    <T> T call(Function<SshConnection, T> operation) {
        SshConnection connection = get();
        try {
            return operation.apply(connection);
        } catch (SshException e) {
            if (!e.retryable() || connection.isOpen()) {
                throw e;
            }
            return operation.apply(get());
        }
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
