package io.vgpubench.cloud.openstack;

import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.api.ServerView;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.model.Flavor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.compute.Keypair;
import org.openstack4j.model.compute.ServerGroup;
import org.openstack4j.model.network.NetFloatingIP;

/**
 * Everything a campaign's servers need before they boot, checked and made in this order: image, network and
 * flavors exist (else bad input, nothing made), the fleet fits the quota (else a clear refusal, nothing
 * made), the campaign's key pair, security group and server groups (found again on resume).
 */
final class Fleet {
    private final OpenStackCloud cloud;
    private final CloudSpec.OpenStack spec;
    private final CampaignId id;
    private final Lookup.Found found;
    private final List<ServerLauncher.Slot> slots = new ArrayList<>();

    private Fleet(OpenStackCloud cloud, CloudSpec.OpenStack spec, CampaignId id, Lookup.Found found) {
        this.cloud = cloud;
        this.spec = spec;
        this.id = id;
        this.found = found;
    }

    static String cloudFlavor(Flavor f) {
        return f.cloudFlavor() != null ? f.cloudFlavor() : f.name();
    }

    static Fleet prepare(OpenStackCloud cloud, CloudSpec.OpenStack spec, CampaignId id, List<InstanceRequest> requests,
                         Path keyFile) {
        Os4j os4j = cloud.os4j();
        Lookup.Found found = Lookup.find(cloud.session(), os4j, spec.image(), spec.network(),
                requests.stream().map(r -> cloudFlavor(r.flavor())).distinct().toList());
        if (!found.missing().isEmpty()) {
            throw VgpubenchException.badInput("the cloud lacks what the playbook names: "
                    + String.join("; ", found.missing()));
        }
        List<CloudFlavor> wanted = requests.stream().map(r -> found.flavors().get(cloudFlavor(r.flavor()))).toList();
        List<QuotaCheck.Line> over = QuotaCheck.check(cloud.session(), os4j, wanted, spec.floatingIp() ? 1 : 0)
                .stream().filter(l -> !l.fits()).toList();
        if (!over.isEmpty()) {
            throw new VgpubenchException(FailureKind.INFRASTRUCTURE, "quota exceeded before anything was created: "
                    + String.join("; ", over.stream().map(QuotaCheck.Line::describe).toList()));
        }
        Fleet fleet = new Fleet(cloud, spec, id, found);
        fleet.makeSlots(requests, keyFile);
        return fleet;
    }

    List<ServerLauncher.Slot> slots() {
        return slots;
    }

    String networkName() {
        return found.networkName();
    }

    private void makeSlots(List<InstanceRequest> requests, Path keyFile) {
        OSClientV3 os = cloud.session().os();
        Os4j os4j = cloud.os4j();
        String keyName = keyPair(os, os4j, CampaignKey.at(keyFile, "vgpubench-" + id.value()));
        String cidr = spec.sshFrom() != null ? spec.sshFrom()
                : SshAccess.controllerCidr(cloud.session().endpoint("compute"));
        String securityGroup = SshAccess.ensure(os, os4j, id, cidr).getName();
        Map<String, String> groups = serverGroups(os, os4j, requests);
        for (InstanceRequest r : requests) {
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put(io.vgpubench.cloud.CampaignId.METADATA_KEY, id.value());
            metadata.put(Names.FLAVOR_KEY, r.flavor().name());
            metadata.put(Names.GROUP_KEY, r.group());
            NovaServers.Boot boot = new NovaServers.Boot(r.name(), found.imageId(),
                    found.flavors().get(cloudFlavor(r.flavor())).id(), found.networkId(), keyName, securityGroup,
                    groups.get(r.group()), metadata, List.of(Names.TAG, Names.tag(id)));
            slots.add(new ServerLauncher.Slot(boot, r.flavor().name()));
        }
    }

    /** Uploads the campaign's public key, replacing a key pair of the same name that holds another key. */
    private String keyPair(OSClientV3 os, Os4j os4j, CampaignKey key) {
        String name = Names.keyPair(id);
        Keypair existing = os4j.call("listing key pairs", () -> os.compute().keypairs().list()).stream()
                .filter(k -> name.equals(k.getName())).findFirst().orElse(null);
        if (existing != null && sameKey(existing.getPublicKey(), key.publicKey())) {
            return name;
        }
        if (existing != null) {
            os4j.delete("replacing key pair " + name, () -> os.compute().keypairs().delete(name));
        }
        os4j.call("creating key pair " + name, () -> os.compute().keypairs().create(name, key.publicKey()));
        return name;
    }

    private static boolean sameKey(String a, String b) {
        return a != null && b != null && a.split("\\s+").length > 1 && b.split("\\s+").length > 1
                && a.split("\\s+")[1].equals(b.split("\\s+")[1]);
    }

    private Map<String, String> serverGroups(OSClientV3 os, Os4j os4j, List<InstanceRequest> requests) {
        Map<String, String> ids = new HashMap<>();
        if (spec.serverGroup() == null) {
            return ids;
        }
        List<? extends ServerGroup> existing = os4j.call("listing server groups", () -> os.compute().serverGroups().list());
        for (String group : requests.stream().map(InstanceRequest::group).distinct().toList()) {
            String name = Names.serverGroup(id, group);
            ServerGroup g = existing.stream().filter(e -> name.equals(e.getName())).map(e -> (ServerGroup) e)
                    .findFirst().orElseGet(() ->
                    os4j.call("creating server group " + name, () -> os.compute().serverGroups()
                            .create(name, spec.serverGroup())));
            ids.put(group, g.getId());
        }
        return ids;
    }

    /**
     * How the fleet's {@code servers} new servers will be reached (see {@link Addresses}), decided before any boots:
     * with floating IPs on, one each where the project has enough free, else one jump host.
     */
    Addresses addresses(int servers) {
        if (!spec.floatingIp()) {
            return Addresses.fixed(found.networkName());
        }
        OSClientV3 os = cloud.session().os();
        Os4j os4j = cloud.os4j();
        String external = FloatingIps.externalNetwork(os, os4j);
        // called on the launcher's threads: openstack4j binds a client to the thread that made it
        Function<ServerView, String> attach = s -> FloatingIps.attach(cloud.session().os(), os4j,
                id, s.id(), s.name(), found.networkId(), external).getFloatingIpAddress();
        List<NetFloatingIP> campaignIps = FloatingIps.of(os, os4j, id);
        int free = QuotaCheck.freeFloatingIps(cloud.session(), os4j);
        if (free >= servers) {
            return Addresses.floatingEach(found.networkName(), attach);
        }
        if (campaignIps.isEmpty()) {
            return free > 0 ? Addresses.viaFirst(found.networkName(), attach) : Addresses.fixed(found.networkName());
        }
        return existingJump(campaignIps).map(j -> Addresses.via(found.networkName(), j))
                .orElseGet(() -> Addresses.fixed(found.networkName()));
    }

    /** On resume: the campaign's server that already has a floating IP (the jump host of the servers before). */
    private Optional<SshRoute.Jump> existingJump(List<NetFloatingIP> campaignIps) {
        List<String> addresses = campaignIps.stream().map(NetFloatingIP::getFloatingIpAddress).toList();
        List<ServerView> active = cloud.nova().listTagged(Names.tag(id)).stream().filter(ServerView::active).toList();
        return Instances.describe(active, campaignIps, found.networkName()).stream()
                .filter(i -> addresses.contains(i.route().address()))
                .map(i -> new SshRoute.Jump(i.id(), i.name(), i.route().address())).findFirst();
    }
}
