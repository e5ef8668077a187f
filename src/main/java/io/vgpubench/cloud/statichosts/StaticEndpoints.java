package io.vgpubench.cloud.statichosts;

import io.vgpubench.VgpubenchException;
import io.vgpubench.model.CloudSpec.StaticHost;
import io.vgpubench.ssh.HostKeyPolicy;
import io.vgpubench.ssh.KeyFiles;
import io.vgpubench.ssh.SshConfigFile;
import io.vgpubench.ssh.SshEndpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Turns a playbook's static host into an SSH endpoint. What the playbook leaves out comes from the SSH
 * config (HostName, Port, IdentityFile, ProxyJump, UserKnownHostsFile), as {@code ssh} would take it;
 * host keys are checked against known_hosts. A jump host is another listed host's name or {@code [user@]host[:port]}.
 */
final class StaticEndpoints {
    private final List<StaticHost> hosts;
    private final SshConfigFile config;
    private final Path defaultKnownHosts;

    StaticEndpoints(List<StaticHost> hosts, SshConfigFile config, Path defaultKnownHosts) {
        this.hosts = List.copyOf(hosts);
        this.config = config;
        this.defaultKnownHosts = defaultKnownHosts;
    }

    /** The endpoint; a bad-input error naming the host if its key or jump host is unusable. */
    SshEndpoint endpoint(StaticHost h) {
        return endpoint(h, 0);
    }

    private SshEndpoint endpoint(StaticHost h, int depth) {
        String alias = h.address();
        String address = config.value(alias, "HostName").orElse(alias);
        int port = h.port() != 22 ? h.port() : config.value(alias, "Port").map(Integer::parseInt).orElse(22);
        Path key = h.key() != null ? h.key() : config.path(alias, "IdentityFile").orElse(null);
        if (key != null) {
            KeyFiles.check(key, h.name());
        }
        Path knownHosts = h.knownHosts() != null ? h.knownHosts()
                : config.path(alias, "UserKnownHostsFile").orElse(defaultKnownHosts);
        String jump = h.jump() != null ? h.jump() : config.value(alias, "ProxyJump").filter(j -> !j.equals("none"))
                .orElse(null);
        SshEndpoint via = jump == null ? null : jumpEndpoint(h, jump, key, knownHosts, depth);
        return new SshEndpoint(h.name(), address, port, h.user(), key, new HostKeyPolicy.KnownHostsFile(knownHosts), via);
    }

    private SshEndpoint jumpEndpoint(StaticHost target, String jump, Path key, Path knownHosts, int depth) {
        if (depth > 0 || jump.contains(",")) {
            throw VgpubenchException.badInput("host " + target.name() + ": jump host '" + jump
                    + "': only one jump host is supported");
        }
        Optional<StaticHost> listed = hosts.stream().filter(o -> o.name().equals(jump)).findFirst();
        if (listed.isPresent()) {
            return endpoint(listed.get(), depth + 1);
        }
        String user = target.user();
        String rest = jump;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            user = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        int port = 22;
        int colon = rest.lastIndexOf(':');
        try {
            if (colon >= 0 && !rest.endsWith("]")) {
                port = Integer.parseInt(rest.substring(colon + 1));
                rest = rest.substring(0, colon);
            }
        } catch (NumberFormatException e) {
            throw VgpubenchException.badInput("host " + target.name() + ": jump host '" + jump
                    + "' is not [user@]host[:port]");
        }
        rest = rest.replaceAll("^\\[|]$", "");
        StaticHost asHost = new StaticHost(target.name() + "/jump " + rest, rest, port,
                config.value(rest, "User").orElse(user), key, null, knownHosts, target.flavor());
        return endpoint(asHost, depth + 1);
    }
}
