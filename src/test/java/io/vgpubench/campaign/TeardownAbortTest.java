package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.cloud.statichosts.StaticCloud;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.ssh.SshConfigFile;
import io.vgpubench.ssh.SshSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an aborted teardown names what may be left, in each cloud's words. */
class TeardownAbortTest {
    private static final CampaignId ID = new CampaignId("study-20260101t0000-abcd");

    @Test
    void theInstancesAreNamedFirstThenTheCampaignsOtherResourcesWhereTheCloudHasThem() {
        assertThat(TeardownAbort.whatMayBeLeft(new ServersAndAKeyPair(), ID, List.of("a-1", "b-1")))
                .containsExactly("server a-1", "server b-1", "key pair " + ID.value() + "-key");
    }

    @Test
    void withNoInstanceLeftOnlyTheOtherResourcesAreNamed() {
        assertThat(TeardownAbort.whatMayBeLeft(new ServersAndAKeyPair(), ID, List.of()))
                .containsExactly("key pair " + ID.value() + "-key");
    }

    @Test
    void onTheLocalCloudEachInstanceIsNamedWithItsAgents() {
        assertThat(TeardownAbort.whatMayBeLeft(new LocalCloud(Path.of("results")), ID, List.of("a-1")))
                .containsExactly("local instance a-1 and its agent processes");
    }

    @Test
    void onStaticHostsTheAgentsAndFilesOfEachInstanceAreNamed() {
        StaticCloud hosts = new StaticCloud(new CloudSpec.Static(List.of()), SshSettings.forExistingHosts(),
                SshConfigFile.load(null), Path.of("known_hosts"), line -> { });
        assertThat(TeardownAbort.whatMayBeLeft(hosts, ID, List.of("gpu-1")))
                .containsExactly("agent processes and files of gpu-1 on its host");
    }

    @Test
    void withNoInstanceRequestedYetItSaysSo() {
        assertThat(TeardownAbort.whatMayBeLeft(new LocalCloud(Path.of("results")), ID, List.of()))
                .containsExactly("no instance");
    }

    /** A cloud that words its instances as servers and makes a key pair per campaign. */
    private static final class ServersAndAKeyPair implements Cloud {
        @Override
        public String leftoverInstance(String instance) {
            return "server " + instance;
        }

        @Override
        public List<String> leftoverResources(CampaignId campaign) {
            return List.of("key pair " + campaign.value() + "-key");
        }

        @Override
        public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InstanceInfo> discover(CampaignId campaign) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AgentHost connect(CampaignId campaign, InstanceInfo instance) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> teardown(CampaignId campaign) {
            throw new UnsupportedOperationException();
        }
    }
}
