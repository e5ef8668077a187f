package io.vgpubench.model;

import io.vgpubench.VgpubenchException;
import io.vgpubench.model.yaml.Node;
import io.vgpubench.ssh.KeyFiles;
import java.nio.file.Path;
import java.util.HashSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Reads the playbook's {@code cloud} section into a {@link CloudSpec}. */
final class CloudSpecReader {
    private static final List<String> TYPES = List.of("local", "static", "openstack");
    private static final Set<String> STATIC_KEYS = Set.of("type", "hosts");
    private static final Set<String> HOST_KEYS = Set.of("name", "address", "port", "user", "key", "jump",
            "known_hosts", "flavor");
    private static final Set<String> OPENSTACK_KEYS = Set.of("type", "cloud", "region", "image", "network",
            "ssh_user", "floating_ip", "server_group", "concurrency", "retries", "ssh_from", "trust_on_first_use",
            "console_wait", "ssh_wait");

    private static final java.util.regex.Pattern CIDR =
            java.util.regex.Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:]+:[0-9a-fA-F:]*)/\\d{1,3}");

    private CloudSpecReader() {}

    /** The cloud, or null when it has problems (already recorded). Relative paths resolve against {@code base}. */
    static CloudSpec read(Node n, Path base, boolean checkKeyFiles) {
        if (!n.isMappingOfAnyKeys()) {
            return null;
        }
        String type = n.required("type").map(t -> t.oneOf(TYPES, w -> w)).orElse(null);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "local" -> n.isMapping(Set.of("type")) ? new CloudSpec.Local() : null;
            case "static" -> n.isMapping(STATIC_KEYS) ? readStatic(n, base, checkKeyFiles) : null;
            default -> n.isMapping(OPENSTACK_KEYS) ? readOpenStack(n) : null;
        };
    }

    private static CloudSpec readStatic(Node n, Path base, boolean checkKeyFiles) {
        List<Node> hostNodes = n.required("hosts").map(Node::elements).orElse(List.of());
        if (hostNodes.isEmpty() && !n.field("hosts").isMissing()) {
            n.field("hosts").problem("must list at least one host");
        }
        Set<String> names = new HashSet<>();
        List<CloudSpec.StaticHost> hosts = hostNodes.stream().map(h -> readHost(h, base, names, checkKeyFiles)).toList();
        return hosts.contains(null) || hosts.isEmpty() ? null : new CloudSpec.Static(hosts);
    }

    private static CloudSpec.StaticHost readHost(Node h, Path base, Set<String> names, boolean checkKeyFiles) {
        if (!h.isMapping(HOST_KEYS)) {
            return null;
        }
        String name = h.required("name").map(Node::text).orElse(null);
        if (name != null && !names.add(name)) {
            h.field("name").problem("host '" + name + "' is listed twice");
        }
        String address = h.required("address").map(Node::text).orElse(null);
        int port = h.optional("port").map(p -> p.integer(1, 65535)).orElse(22L).intValue();
        String user = h.required("user").map(Node::text).orElse(null);
        Path key = h.optional("key").map(Node::text).map(k -> resolve(base, k)).orElse(null);
        if (key != null && checkKeyFiles && !usableKey(h.field("key"), key, name)) {
            key = null;
            name = null;
        }
        String jump = h.optional("jump").map(Node::text).orElse(null);
        if (jump != null && !JUMP.matcher(jump).matches()) {
            h.field("jump").problem("must be one jump host, [user@]host[:port] or the name of another host here"
                    + " (port 1 to 65535)");
            return null;
        }
        Path knownHosts = h.optional("known_hosts").map(Node::text).map(k -> resolve(base, k)).orElse(null);
        String flavor = h.required("flavor").map(Node::text).orElse(null);
        if (name == null || address == null || user == null || flavor == null) {
            return null;
        }
        return new CloudSpec.StaticHost(name, address, port, user, key, jump, knownHosts, flavor);
    }

    /** One jump host: [user@]host[:port], host a name, an IPv4 address or a bracketed IPv6 address. */
    private static final java.util.regex.Pattern JUMP = java.util.regex.Pattern.compile(
            "(?:[A-Za-z0-9._-]+@)?(?:[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+])"
            + "(?::(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}))?");

    /** The static host's key as `run` will check it (readable, owner-only, a key without passphrase). */
    private static boolean usableKey(Node at, Path key, String host) {
        try {
            KeyFiles.check(key, host == null ? at.path() : host);
            return true;
        } catch (VgpubenchException e) {
            at.problem(e.getMessage());
            return false;
        }
    }

    private static Path resolve(Path base, String p) {
        if (p.equals("~") || p.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(p.substring(Math.min(2, p.length())));
        }
        return base.resolve(p).normalize();
    }

    private static CloudSpec readOpenStack(Node n) {
        String cloud = n.optional("cloud").map(Node::text).orElse(null);
        String region = n.optional("region").map(Node::text).orElse(null);
        String image = n.required("image").map(Node::text).orElse(null);
        String network = n.required("network").map(Node::text).orElse(null);
        String sshUser = n.required("ssh_user").map(Node::text).orElse(null);
        boolean floatingIp = n.optional("floating_ip").map(Node::bool).orElse(false) == Boolean.TRUE;
        String group = n.optional("server_group")
                .map(g -> g.oneOf(List.of("affinity", "anti-affinity"), w -> w)).orElse(null);
        Long concurrency = n.optional("concurrency").map(c -> c.integer(1, 1000)).orElse(8L);
        Long retries = n.optional("retries").map(r -> r.integer(0, 100)).orElse(2L);
        String sshFrom = n.optional("ssh_from").map(Node::text).orElse(null);
        if (sshFrom != null && !CIDR.matcher(sshFrom).matches()) {
            n.field("ssh_from").problem("must be an IPv4 or IPv6 CIDR such as 198.51.100.7/32, not '" + sshFrom + "'");
            return null;
        }
        boolean tofu = n.optional("trust_on_first_use").map(Node::bool).orElse(false) == Boolean.TRUE;
        Duration consoleWait = n.optional("console_wait").map(Durations::read).orElse(CloudSpec.OpenStack.CONSOLE_WAIT);
        Duration sshWait = n.optional("ssh_wait").map(Durations::read).orElse(CloudSpec.OpenStack.SSH_WAIT);
        if (image == null || network == null || sshUser == null || concurrency == null || retries == null
                || consoleWait == null || sshWait == null) {
            return null;
        }
        return new CloudSpec.OpenStack(cloud, region, image, network, sshUser, floatingIp, group,
                concurrency.intValue(), retries.intValue(), sshFrom, tofu, consoleWait, sshWait);
    }
}
