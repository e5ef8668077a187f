package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.CampaignId;
import java.util.List;
import java.util.Map;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.network.NetFloatingIP;
import org.openstack4j.model.network.Network;
import org.openstack4j.model.network.Port;
import org.openstack4j.model.network.options.PortListOptions;

/**
 * Floating IPs of a campaign, each marked in its description. Where the project has fewer free floating
 * IPs than instances (Jetstream2 gives 4), one instance gets one and serves as the SSH jump host for the
 * rest, which stay on the private network.
 */
final class FloatingIps {
    private FloatingIps() {}

    /** How many of {@code fleet} instances get a floating IP: all if they fit, else one (the jump host). */
    static int toAllocate(int fleet, int free) {
        return fleet <= free ? fleet : Math.min(1, free);
    }

    /** The campaign's floating IPs, found by the marker in their description. */
    static List<NetFloatingIP> of(OSClientV3 os, Os4j os4j, CampaignId id) {
        return os4j.call("listing floating IPs", () -> os.networking().floatingip().list()).stream()
                .filter(f -> Names.campaignOfDescription(f.getDescription()).filter(id.value()::equals).isPresent())
                .map(f -> (NetFloatingIP) f).toList();
    }

    /** Allocates one on the {@code external} network and binds it to the server's port on {@code networkId}. */
    static NetFloatingIP attach(OSClientV3 os, Os4j os4j, CampaignId id, String serverId, String serverName,
                                String networkId, String external) {
        List<? extends Port> ports = os4j.call("listing ports of " + serverName, () -> os.networking().port()
                .list(PortListOptions.create().deviceId(serverId).networkId(networkId)));
        if (ports.isEmpty()) {
            throw io.vgpubench.VgpubenchException.infrastructure(serverName + " has no port on network " + networkId
                    + " to attach a floating IP to", null);
        }
        return os4j.call("allocating a floating IP for " + serverName, () -> os.networking().floatingip().create(
                Builders.netFloatingIP().floatingNetworkId(external).portId(ports.get(0).getId())
                        .description(Names.marker(id) + " " + serverName).build()));
    }

    /** The external network floating IPs come from ("public" where there are several); bad input if none. */
    static String externalNetwork(OSClientV3 os, Os4j os4j) {
        List<? extends Network> external = os4j.call("listing external networks",
                () -> os.networking().network().list(Map.of("router:external", "true")));
        if (external.isEmpty()) {
            throw io.vgpubench.VgpubenchException.badInput("cloud.floating_ip is true but the cloud has no external"
                    + " network to take floating IPs from");
        }
        return external.stream().filter(n -> "public".equals(n.getName())).map(Network::getId).findFirst()
                .orElse(external.get(0).getId());
    }
}
