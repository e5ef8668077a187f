package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.CampaignId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an aborted teardown names what may be left, in each cloud's words. */
class TeardownAbortTest {
    private static final CampaignId ID = new CampaignId("study-20260101t0000-abcd");

    @Test
    void onOpenStackTheServersAreNamedWithTheCampaignsOtherResources() {
        assertThat(TeardownAbort.whatMayBeLeft("openstack", ID, List.of("a-1", "b-1"))).containsExactly(
                "server a-1", "server b-1",
                "the key pair, security group, server groups and floating IPs named or tagged " + ID.value());
    }

    @Test
    void onTheLocalCloudEachInstanceIsNamedWithItsAgents() {
        assertThat(TeardownAbort.whatMayBeLeft("local", ID, List.of("a-1")))
                .containsExactly("local instance a-1 and its agent processes");
    }

    @Test
    void onStaticHostsTheAgentsAndFilesOfEachInstanceAreNamed() {
        assertThat(TeardownAbort.whatMayBeLeft("static", ID, List.of("gpu-1")))
                .containsExactly("agent processes and files of gpu-1 on its host");
    }

    @Test
    void withNoInstanceRequestedYetItSaysSo() {
        assertThat(TeardownAbort.whatMayBeLeft("local", ID, List.of())).containsExactly("no instance");
    }
}
