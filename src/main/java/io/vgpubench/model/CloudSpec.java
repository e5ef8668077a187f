package io.vgpubench.model;

import java.nio.file.Path;
import java.util.List;

/** Where the instances come from: the closed set of cloud kinds a playbook may name. */
public sealed interface CloudSpec {

    String type();

    /** The embedded default: instances are folders on this machine, agents are child processes. */
    record Local() implements CloudSpec {
        @Override
        public String type() {
            return "local";
        }
    }

    /** Hosts that already exist (bare-metal baselines), reached over SSH; nothing is provisioned. */
    record Static(List<StaticHost> hosts) implements CloudSpec {
        public Static {
            hosts = List.copyOf(hosts);
        }

        @Override
        public String type() {
            return "static";
        }
    }

    /**
     * An OpenStack cloud, named as in clouds.yaml (or taken from OS_* variables when {@code cloud} is null).
     *
     * @param serverGroup     "affinity", "anti-affinity" or null
     * @param sshFrom         the CIDR allowed to reach port 22, or null for this controller's own address
     * @param trustOnFirstUse accept an instance's first SSH host key when its console shows no fingerprints
     * @param consoleWait     how long to wait for cloud-init's host key fingerprints on a server's console
     * @param sshWait         how long to keep trying to log in to a server that has its address
     */
    record OpenStack(String cloud, String region, String image, String network, String sshUser,
                     boolean floatingIp, String serverGroup, int concurrency, int retries, String sshFrom,
                     boolean trustOnFirstUse, java.time.Duration consoleWait, java.time.Duration sshWait)
            implements CloudSpec {
        public static final java.time.Duration CONSOLE_WAIT = java.time.Duration.ofMinutes(5);
        public static final java.time.Duration SSH_WAIT = java.time.Duration.ofMinutes(10);

        /** With the default waits: 5 minutes for the console's fingerprints, 10 for SSH. */
        public OpenStack(String cloud, String region, String image, String network, String sshUser,
                         boolean floatingIp, String serverGroup, int concurrency, int retries, String sshFrom,
                         boolean trustOnFirstUse) {
            this(cloud, region, image, network, sshUser, floatingIp, serverGroup, concurrency, retries, sshFrom,
                    trustOnFirstUse, CONSOLE_WAIT, SSH_WAIT);
        }

        @Override
        public String type() {
            return "openstack";
        }
    }

    /** One static host. {@code flavor} is the label its samples carry, e.g. "bare-metal". */
    record StaticHost(String name, String address, int port, String user, Path key, String jump,
                      Path knownHosts, String flavor) {
    }
}
