package io.vgpubench.cloud.openstack;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.CampaignId;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.openstack4j.api.Builders;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.network.SecurityGroup;

/**
 * The campaign's security group: SSH (tcp/22) in from one CIDR only, the playbook's {@code ssh_from} or else
 * this controller's own address on the route to the cloud. Made once per campaign, found again on resume.
 */
final class SshAccess {
    private SshAccess() {}

    static SecurityGroup ensure(OSClientV3 os, Os4j os4j, CampaignId id, String cidr) {
        String name = Names.securityGroup(id);
        List<? extends SecurityGroup> existing = os4j.call("listing security groups",
                () -> os.networking().securitygroup().list(Map.of("name", name)));
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        SecurityGroup group = os4j.call("creating security group " + name, () -> os.networking().securitygroup()
                .create(Builders.securityGroup().name(name).description(Names.marker(id)).build()));
        os4j.call("allowing SSH from " + cidr + " in " + name, () -> os.networking().securityrule().create(
                Builders.securityGroupRule().securityGroupId(group.getId()).direction("ingress")
                        .ethertype(cidr.contains(":") ? "IPv6" : "IPv4").protocol("tcp").portRangeMin(22)
                        .portRangeMax(22).remoteIpPrefix(cidr).build()));
        return group;
    }

    /** This machine's address on the route to {@code cloud}, as a one-address CIDR. */
    static String controllerCidr(URI cloud) {
        try (DatagramSocket probe = new DatagramSocket()) {
            int port = cloud.getPort() > 0 ? cloud.getPort() : 443;
            probe.connect(new InetSocketAddress(InetAddress.getByName(cloud.getHost()), port));
            InetAddress local = probe.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) {
                throw new SocketException("no local address");
            }
            return local.getHostAddress().replaceFirst("%.*$", "") + (local instanceof Inet6Address ? "/128" : "/32");
        } catch (java.io.IOException e) {
            throw VgpubenchException.badInput("cannot tell this controller's address on the way to " + cloud.getHost()
                    + "; set cloud.ssh_from in the playbook to the CIDR SSH will come from");
        }
    }
}
