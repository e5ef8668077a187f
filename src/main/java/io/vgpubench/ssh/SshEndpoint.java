package io.vgpubench.ssh;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and as whom to log in: a host (static or cloud VM), its port and user, the private key (null:
 * use ssh-agent), how its host key is verified, and an optional jump host (bastion) to go through.
 *
 * @param name a label for messages and logs (the instance or host name)
 */
public record SshEndpoint(String name, String host, int port, String user, Path key, HostKeyPolicy hostKeys,
                          SshEndpoint jump) {

    public SshEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(hostKeys, "hostKeys");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** The name known_hosts uses for it: {@code host}, or {@code [host]:port} off port 22. */
    public String knownHostsName() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** For messages: {@code name (user@host:port)} plus the jump host, if any. */
    /** The login this endpoint reaches (user@host:port, and the jump host's): the same for two names of one host. */
    public String login() {
        return user + "@" + host + ":" + port + (jump == null ? "" : " via " + jump.login());
    }

    public String describe() {
        String where = user + "@" + host + ":" + port;
        String via = jump == null ? "" : " via " + jump.user() + "@" + jump.host() + ":" + jump.port();
        return (name == null || name.equals(host) ? where : name + " (" + where + ")") + via;
    }

    /** The same endpoint with another host key policy (after trust on first use pins the key seen). */
    public SshEndpoint withHostKeys(HostKeyPolicy policy) {
        return new SshEndpoint(name, host, port, user, key, policy, jump);
    }

    /** The same host reached through {@code via}. */
    public SshEndpoint withJump(SshEndpoint via) {
        return new SshEndpoint(name, host, port, user, key, hostKeys, via);
    }
}
