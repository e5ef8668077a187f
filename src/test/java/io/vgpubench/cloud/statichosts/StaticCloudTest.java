package io.vgpubench.cloud.statichosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.model.CloudSpec.StaticHost;
import io.vgpubench.model.Flavor;
import io.vgpubench.ssh.AgentSpecs;
import io.vgpubench.ssh.SshAgentHostTest;
import io.vgpubench.ssh.SshConfigFile;
import io.vgpubench.ssh.SshSettings;
import io.vgpubench.ssh.TestKeys;
import io.vgpubench.ssh.TestSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static cloud over real SSH servers: hosts handed out by flavor label, per-host failures, the real agent end to end. */
class StaticCloudTest {
    static final CampaignId CAMPAIGN = new CampaignId("static-test-20260101t0000-beef");
    static final Flavor BARE = flavor("bare-metal");
    static final SshSettings FAST = new SshSettings(Duration.ofSeconds(5), Duration.ofSeconds(60),
            Duration.ofSeconds(5), 3, Duration.ofSeconds(3), false, Duration.ofSeconds(3));

    @TempDir
    Path tmp;
    TestKeys keys;
    TestSshServer server;
    Path knownHosts;
    final List<String> console = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        keys = TestKeys.generate(tmp, "id_test");
        server = TestSshServer.start(tmp.resolve("home"), keys.publicKey());
        knownHosts = server.knownHosts(tmp.resolve("known_hosts"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    static Flavor flavor(String name) {
        return new Flavor(name, name, "bare", null, 1.0, "test GPU", null, null, null, "test", false, null);
    }

    StaticHost host(String name, String address, int port, Path key, String jump, String flavor) {
        return new StaticHost(name, address, port, "tester", key, jump, knownHosts, flavor);
    }

    StaticCloud cloud(SshConfigFile config, StaticHost... hosts) {
        return new StaticCloud(new CloudSpec.Static(List.of(hosts)), FAST, config, tmp.resolve("no-default-known-hosts"),
                console::add);
    }

    StaticCloud cloud(StaticHost... hosts) {
        return cloud(SshConfigFile.load(null), hosts);
    }

    static InstanceRequest request(Flavor flavor, int index) {
        return new InstanceRequest(CAMPAIGN.value() + "-" + flavor.name() + "-" + index, flavor, index, "g");
    }

    @Test
    void handsOutTheListedHostsByFlavorLabelInListOrderAndCreatesNothing() {
        StaticCloud cloud = cloud(host("a", "127.0.0.1", server.port(), keys.privateKey(), null, "bare-metal"),
                host("x", "127.0.0.1", server.port(), keys.privateKey(), null, "other"),
                host("b", "127.0.0.1", server.port(), keys.privateKey(), null, "bare-metal"));

        ProvisionResult result = cloud.provision(CAMPAIGN, List.of(request(BARE, 1), request(BARE, 0), request(BARE, 2)));

        assertThat(result.ready()).extracting(InstanceInfo::id).containsExactly("static:b", "static:a");
        assertThat(result.ready().get(0).metadata()).containsEntry(CampaignId.METADATA_KEY, CAMPAIGN.value())
                .containsEntry(StaticCloud.HOST_METADATA, "b");
        assertThat(result.failures()).singleElement().satisfies(f ->
                assertThat(f.reason()).contains("2 host(s) with flavor 'bare-metal'"));
        assertThat(cloud.discover(CAMPAIGN)).isEmpty();
        assertThat(cloud.teardown(CAMPAIGN)).isEmpty();
    }

    @Test
    void aHostWithAnOpenKeyOrAnUnknownNameFailsAloneAndTheRestGoesOn() throws Exception {
        Path openKey = TestKeys.generate(tmp, "id_open").privateKey();
        Files.setPosixFilePermissions(openKey, PosixFilePermissions.fromString("rw-rw-r--"));
        StaticCloud cloud = cloud(host("good", "127.0.0.1", server.port(), keys.privateKey(), null, "bare-metal"),
                host("open", "127.0.0.1", server.port(), openKey, null, "bare-metal"),
                host("ghost", "no-such-host.invalid", 22, keys.privateKey(), null, "bare-metal"));

        ProvisionResult result = cloud.provision(CAMPAIGN, List.of(request(BARE, 0), request(BARE, 1), request(BARE, 2)));

        assertThat(result.ready()).extracting(InstanceInfo::id).containsExactly("static:good");
        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(0).reason()).contains("host open").contains("chmod 600 " + openKey);
        assertThat(result.failures().get(1).reason()).contains("host ghost").contains("unknown host name no-such-host.invalid");
    }

    @Test
    void aHostMissingFromKnownHostsIsRefusedWithTheCommandThatAddsIt() throws Exception {
        Files.writeString(knownHosts, "");
        StaticCloud cloud = cloud(host("a", "127.0.0.1", server.port(), keys.privateKey(), null, "bare-metal"));
        InstanceInfo info = cloud.provision(CAMPAIGN, List.of(request(BARE, 0))).ready().get(0);

        assertThatThrownBy(() -> cloud.connect(CAMPAIGN, info))
                .hasMessageContaining("ssh-keyscan -p " + server.port() + " 127.0.0.1 >> " + knownHosts);
    }

    @Test
    void takesHostNameAndPortFromTheSshConfigAndGoesThroughAListedJumpHost() throws Exception {
        try (TestSshServer bastion = TestSshServer.start(tmp.resolve("bastion-home"), keys.publicKey())) {
            Files.writeString(knownHosts, Files.readString(knownHosts)
                    + Files.readString(bastion.knownHosts(tmp.resolve("bastion-kh"))));
            Path config = Files.writeString(tmp.resolve("ssh_config"),
                    "Host gpu-node\n  HostName 127.0.0.1\n  Port " + server.port() + "\n");
            StaticCloud cloud = cloud(SshConfigFile.load(config),
                    host("bastion", "127.0.0.1", bastion.port(), keys.privateKey(), null, "jump-only"),
                    host("gpu", "gpu-node", 22, keys.privateKey(), "bastion", "bare-metal"));
            InstanceInfo info = cloud.provision(CAMPAIGN, List.of(request(BARE, 0))).ready().get(0);

            try (AgentHost host = cloud.connect(CAMPAIGN, info)) {
                assertThat(host.deploy(SshAgentHostTest.BUNDLE)).startsWith("vgpubench-agent");
            }
            assertThat(server.home().resolve(".vgpubench/" + CAMPAIGN.value())).isDirectory();
            assertThat(bastion.home().resolve(".vgpubench")).doesNotExist();
        }
    }

    @Test
    void runsTheRealAgentBundleOnAStaticHostAndBringsEveryEventLineHome() throws Exception {
        StaticCloud cloud = cloud(host("bare1", "127.0.0.1", server.port(), keys.privateKey(), null, "bare-metal"));
        InstanceInfo info = cloud.provision(CAMPAIGN, List.of(request(BARE, 0))).ready().get(0);
        Path events = server.home().resolve(".vgpubench/" + CAMPAIGN.value() + "/runs/bare1-t0/events.jsonl");

        try (AgentHost host = cloud.connect(CAMPAIGN, info)) {
            assertThat(host.deploy(SshAgentHostTest.BUNDLE)).isEqualTo("vgpubench-agent " + SshAgentHostTest.BUNDLE.version());
            AgentRun run = host.start("bare1-t0", AgentSpecs.gemm(tmp, CAMPAIGN.value(), 96, 8));
            List<String> lines = SshAgentHostTest.readUntilExit(run, Duration.ofSeconds(60));

            assertThat(lines).containsExactlyElementsOf(Files.readAllLines(events));
            assertThat(lines).filteredOn(l -> l.contains("\"type\":\"sample\"")).hasSize(8)
                    .allSatisfy(l -> assertThat(l).contains("\"flavor\":\"bare-metal\""));
            assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Exited(0));
            host.cleanup();
        }
        assertThat(server.home().resolve(".vgpubench")).doesNotExist();
        assertThat(console).anySatisfy(l -> assertThat(l).startsWith("bare1: uploading agent bundle: 100%"));
    }
}
