package io.vgpubench.agenthost;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.ssh.HostKeyPolicy;
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

/** An agent host of each kind, and where its run folders are on this machine (both kinds run here). */
interface ContractHost extends AutoCloseable {
    CampaignId CAMPAIGN = new CampaignId("contract-20260101t0000-c0de");

    AgentHost host();

    /** The folder of the run under {@code key}, as this machine sees it. */
    Path runFolder(String key);

    @Override
    void close() throws Exception;

    /** The kinds the contract runs against. */
    enum Kind {
        LOCAL {
            @Override
            ContractHost open(Path tmp) throws Exception {
                Path instance = Files.createDirectories(tmp.resolve(CAMPAIGN.value()).resolve("instances/i-1"));
                AgentHost host = new LocalCloud(tmp).connect(CAMPAIGN,
                        new InstanceInfo("i-1", "i-1", "local", InstanceState.ACTIVE, null, List.of(), Map.of()));
                return new Opened(host, instance.resolve("runs"), () -> { });
            }
        },
        MINA_SSH {
            @Override
            ContractHost open(Path tmp) throws Exception {
                TestKeys keys = TestKeys.generate(tmp, "id_test");
                TestSshServer server = TestSshServer.start(tmp.resolve("home"), keys.publicKey());
                SshSettings fast = new SshSettings(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(5), 3,
                        Duration.ofSeconds(5), false);
                SshEndpoint endpoint = new SshEndpoint("host-a", "127.0.0.1", server.port(), "tester", keys.privateKey(),
                        HostKeyPolicy.forCloudInstance(List.of(server.fingerprint()), false, "host-a"), null);
                AgentHost host = new SshAgentHost(endpoint, CAMPAIGN.value(), new SshConnector(fast), UploadProgress.none());
                return new Opened(host, server.home().resolve(".vgpubench").resolve(CAMPAIGN.value()).resolve("runs"),
                        server::close);
            }
        };

        abstract ContractHost open(Path tmp) throws Exception;
    }

    /** A host, its runs folder, and what else to close with it. */
    record Opened(AgentHost host, Path runs, AutoCloseable server) implements ContractHost {
        @Override
        public Path runFolder(String key) {
            return runs.resolve(key);
        }

        @Override
        public void close() throws Exception {
            try (server) {
                host.close();
            }
        }
    }
}
