package io.vgpubench.agenthost;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.ssh.HostKeyPolicy;
import io.vgpubench.ssh.OpenSshTier;
import io.vgpubench.ssh.SshAgentHost;
import io.vgpubench.ssh.SshConnector;
import io.vgpubench.ssh.SshEndpoint;
import io.vgpubench.ssh.SshSettings;
import io.vgpubench.ssh.TestKeys;
import io.vgpubench.ssh.TestSshServer;
import io.vgpubench.ssh.UploadProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * An agent host of each kind for a fresh campaign, and where its run folders are on this machine (every
 * kind runs here): the host, its folder of runs, and what else to close with it.
 */
record ContractHost(AgentHost host, Path runs, AutoCloseable server) implements AutoCloseable {
    private static final SshSettings FAST = new SshSettings(Duration.ofSeconds(5), Duration.ofSeconds(60),
            Duration.ofSeconds(5), 3, Duration.ofSeconds(5), false, Duration.ofSeconds(5));

    /** The folder of the run under {@code key}, as this machine sees it. */
    Path runFolder(String key) {
        return runs.resolve(key);
    }

    /** Removes the campaign's traces from the host, then closes it. */
    @Override
    public void close() throws Exception {
        try (server; host) {
            host.cleanup();
        }
    }

    /** The kinds the contract runs against. */
    enum Kind {
        /** This machine: a local cloud's instance. */
        LOCAL {
            @Override
            ContractHost open(Path tmp, CampaignId campaign) throws Exception {
                Path instance = Files.createDirectories(tmp.resolve(campaign.value()).resolve("instances/i-1"));
                AgentHost host = new LocalCloud(tmp).connect(campaign,
                        new InstanceInfo("i-1", "i-1", "local", InstanceState.ACTIVE, null, Map.of()));
                return new ContractHost(host, instance.resolve("runs"), () -> { });
            }
        },
        /** An SSH host: Apache MINA in this process, its commands run by /bin/sh in a temporary home. */
        MINA_SSH {
            @Override
            ContractHost open(Path tmp, CampaignId campaign) throws Exception {
                TestKeys keys = TestKeys.generate(tmp, "id_test");
                TestSshServer server = TestSshServer.start(tmp.resolve("home"), keys.publicKey());
                SshEndpoint endpoint = new SshEndpoint("mina", "127.0.0.1", server.port(), "tester", keys.privateKey(),
                        HostKeyPolicy.forCloudInstance(List.of(server.fingerprint()), false, "mina"), null);
                return ssh(endpoint, server.home(), campaign, server);
            }
        },
        /** The real OpenSSH server of src/test/ssh/openssh-up.sh; skipped when it is not up. */
        OPENSSH {
            @Override
            ContractHost open(Path tmp, CampaignId campaign) throws Exception {
                Properties env = OpenSshTier.env();
                SshEndpoint endpoint = new SshEndpoint("openssh", env.getProperty("SSH_ADDRESS"),
                        Integer.parseInt(env.getProperty("SSH_PORT")), env.getProperty("SSH_USER"),
                        Path.of(env.getProperty("SSH_KEY")),
                        new HostKeyPolicy.KnownHostsFile(Path.of(env.getProperty("SSH_KNOWN_HOSTS"))), null);
                return ssh(endpoint, Path.of(env.getProperty("SSH_HOME")), campaign, () -> { });
            }
        };

        abstract ContractHost open(Path tmp, CampaignId campaign) throws Exception;

        private static ContractHost ssh(SshEndpoint endpoint, Path home, CampaignId campaign, AutoCloseable server) {
            AgentHost host = new SshAgentHost(endpoint, campaign.value(), new SshConnector(FAST), UploadProgress.none());
            return new ContractHost(host, home.resolve(".vgpubench").resolve(campaign.value()).resolve("runs"), server);
        }
    }
}
