package io.vgpubench.cloud.statichosts;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.ssh.AgentSpecs;
import io.vgpubench.ssh.OpenSshTier;
import io.vgpubench.ssh.SshAgentHostTest;
import io.vgpubench.ssh.SshConfigFile;
import io.vgpubench.ssh.SshSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static cloud end to end over a real OpenSSH server, the one src/test/ssh/openssh-up.sh starts.
 * Skipped, saying why, when that server is not up; under CI=true its absence is a failure ({@link OpenSshTier}).
 */
class OpenSshStaticCloudTest {
    static final CampaignId CAMPAIGN = CampaignId.fresh("openssh-e2e");

    @TempDir
    Path tmp;

    @Test
    void deploysRunsTheRealAgentAndBringsEverySampleHomeOverOpenSsh() throws Exception {
        Properties env = OpenSshTier.env();
        CloudSpec.StaticHost bare = new CloudSpec.StaticHost("openssh-bare", env.getProperty("SSH_ADDRESS"),
                Integer.parseInt(env.getProperty("SSH_PORT")), env.getProperty("SSH_USER"),
                Path.of(env.getProperty("SSH_KEY")), null, Path.of(env.getProperty("SSH_KNOWN_HOSTS")), "bare-metal");
        List<String> console = new ArrayList<>();
        StaticCloud cloud = new StaticCloud(new CloudSpec.Static(List.of(bare)), SshSettings.forExistingHosts(),
                SshConfigFile.load(null), Path.of(env.getProperty("SSH_KNOWN_HOSTS")), console::add);
        InstanceInfo info = cloud.provision(CAMPAIGN, List.of(StaticCloudTest.request(StaticCloudTest.BARE, 0)))
                .ready().get(0);
        Path campaignDir = Path.of(env.getProperty("SSH_HOME"), ".vgpubench", CAMPAIGN.value());

        try (AgentHost host = cloud.connect(CAMPAIGN, info)) {
            assertThat(host.deploy(SshAgentHostTest.BUNDLE)).isEqualTo("vgpubench-agent " + SshAgentHostTest.BUNDLE.version());
            AgentRun run = host.start("openssh-t0", AgentSpecs.gemm(tmp, CAMPAIGN.value(), 128, 12));
            List<String> lines = SshAgentHostTest.readUntilExit(run, Duration.ofSeconds(120));

            assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Exited(0));
            assertThat(lines).filteredOn(l -> l.contains("\"type\":\"sample\"")).hasSize(12);
            assertThat(lines).last().asString().contains("\"type\":\"agent_done\"");
            Path events = campaignDir.resolve("runs/openssh-t0/events.jsonl");
            if (Files.isReadable(events)) {
                assertThat(lines).containsExactlyElementsOf(Files.readAllLines(events));
            }
            host.cleanup();
        }
        assertThat(campaignDir).doesNotExist();
        assertThat(console).anySatisfy(l -> assertThat(l).contains("uploading agent bundle: 100%"));
    }
}
