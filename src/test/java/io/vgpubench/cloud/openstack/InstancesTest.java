package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openstack4j.openstack.networking.domain.NeutronFloatingIP;

/** Addresses and jump hosts of a fleet with fewer floating IPs than servers (Jetstream2 gives 4). */
class InstancesTest {

    private static ServerView server(String id, String name, String fixed) {
        return new ServerView(id, name, "ACTIVE", null, Map.of("private", List.of(fixed)), Map.of(),
                Map.of(Names.FLAVOR_KEY, "g3.small"), List.of(), null);
    }

    private static NeutronFloatingIP floating(String fixed, String address) {
        NeutronFloatingIP f = new NeutronFloatingIP();
        f.setFixedIpAddress(fixed);
        f.setFloatingIpAddress(address);
        f.setPortId("port-" + fixed);
        return f;
    }

    @Test
    void theServerWithTheOnlyFloatingIpIsTheJumpHostOfTheOthers() {
        List<InstanceInfo> infos = Instances.describe(List.of(server("b", "c-2", "10.0.0.8"),
                server("a", "c-1", "10.0.0.7"), server("c", "c-3", "10.0.0.9")),
                List.of(floating("10.0.0.7", "149.165.1.2")), "private");

        assertThat(infos).extracting(InstanceInfo::name).containsExactly("c-1", "c-2", "c-3");
        assertThat(infos.get(0).route()).isEqualTo(SshRoute.direct("149.165.1.2"));
        assertThat(infos.subList(1, 3)).allSatisfy(i -> assertThat(i.route().jump())
                .contains(new SshRoute.Jump("a", "c-1", "149.165.1.2")));
        assertThat(infos.get(1).route().address()).isEqualTo("10.0.0.8");
        assertThat(infos).extracting(InstanceInfo::flavor).containsOnly("g3.small");
    }

    @Test
    void withoutFloatingIpsEveryServerIsReachedOnItsFixedAddressDirectly() {
        List<InstanceInfo> infos = Instances.describe(List.of(server("a", "c-1", "10.0.0.7")), List.of(), "private");

        assertThat(infos).singleElement().satisfies(i -> {
            assertThat(i.route()).isEqualTo(SshRoute.direct("10.0.0.7"));
            assertThat(i.state()).isEqualTo(InstanceState.ACTIVE);
        });
    }

    @Test
    void aFleetLargerThanTheFreeFloatingIpsGetsOneJumpHostElseOneEach() {
        assertThat(FloatingIps.toAllocate(6, 4)).isEqualTo(1);
        assertThat(FloatingIps.toAllocate(4, 4)).isEqualTo(4);
        assertThat(FloatingIps.toAllocate(3, 0)).isZero();
    }

    @Test
    void namesCarryTheCampaignSoGcCanTellWhoseTheyAre() {
        var id = new io.vgpubench.cloud.CampaignId("js2-a100-20261125t1701-3fa9");

        assertThat(Names.campaignOfName(Names.keyPair(id))).contains(id.value());
        assertThat(Names.campaignOfName(Names.securityGroup(id))).contains(id.value());
        assertThat(Names.campaignOfName(Names.serverGroup(id, id.value() + "-g3-small"))).contains(id.value());
        assertThat(Names.serverGroup(id, id.value() + "-g3-small")).isEqualTo(id.value() + "-sg-g3-small");
        assertThat(Names.campaignOfName("default")).isEmpty();
        assertThat(Names.campaignOfDescription(Names.marker(id) + " js2-a100-20261125t1701-3fa9-g3-xl-1"))
                .contains(id.value());
        assertThat(Names.tag(new io.vgpubench.cloud.CampaignId("a".repeat(63)))).hasSize(60);
    }
}
