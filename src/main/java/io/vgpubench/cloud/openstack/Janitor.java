package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.auth.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.compute.Keypair;
import org.openstack4j.model.compute.ServerGroup;
import org.openstack4j.model.network.NetFloatingIP;
import org.openstack4j.model.network.SecurityGroup;

/**
 * Removes everything of a campaign, found from the cloud alone: floating IPs, servers (waiting until Nova
 * lists none), the security group, server groups and the key pair; then counts again through the API and
 * reports whatever is still there. Running it twice is harmless.
 */
final class Janitor {
    private final Session session;
    private final Os4j os4j;
    private final NovaServers nova;
    private final LaunchSettings settings;

    Janitor(Session session, Os4j os4j, NovaServers nova, LaunchSettings settings) {
        this.session = session;
        this.os4j = os4j;
        this.nova = nova;
        this.settings = settings;
    }

    /** What a campaign still has on the cloud. */
    record Counts(int servers, int floatingIps, int securityGroups, int serverGroups, int keyPairs) {
        List<String> describe(CampaignId id) {
            List<String> left = new ArrayList<>();
            add(left, servers, "server(s) tagged " + Names.tag(id));
            add(left, floatingIps, "floating IP(s) marked " + Names.marker(id));
            add(left, securityGroups, "security group " + Names.securityGroup(id));
            add(left, serverGroups, "server group(s) " + id + "-sg-*");
            add(left, keyPairs, "key pair " + Names.keyPair(id));
            return left;
        }

        private static void add(List<String> left, int n, String what) {
            if (n > 0) {
                left.add(n + " " + what);
            }
        }
    }

    List<String> teardown(CampaignId id, Path privateKey) {
        List<String> problems = new ArrayList<>();
        OSClientV3 os = session.os();
        for (NetFloatingIP f : FloatingIps.of(os, os4j, id)) {
            note(problems, os4j.delete("deleting floating IP " + f.getFloatingIpAddress(),
                    () -> os.networking().floatingip().delete(f.getId())));
        }
        problems.addAll(new ServerReaper(nova, settings).deleteTagged(Names.tag(id)));
        for (SecurityGroup g : securityGroups(os, id)) {
            note(problems, untilFree("deleting security group " + g.getName(),
                    () -> os4j.delete("deleting security group " + g.getName(),
                            () -> session.os().networking().securitygroup().delete(g.getId()))));
        }
        for (ServerGroup g : serverGroups(os, id)) {
            note(problems, os4j.delete("deleting server group " + g.getName(),
                    () -> os.compute().serverGroups().delete(g.getId())));
        }
        if (hasKeyPair(os, id)) {
            note(problems, os4j.delete("deleting key pair " + Names.keyPair(id),
                    () -> os.compute().keypairs().delete(Names.keyPair(id))));
        }
        if (privateKey != null) {
            new CampaignKey(privateKey, null).delete();
        }
        List<String> left = new ArrayList<>(count(id).describe(id));
        if (!left.isEmpty()) {
            left.addAll(problems);
        }
        return left;
    }

    Counts count(CampaignId id) {
        OSClientV3 os = session.os();
        return new Counts(nova.listTagged(Names.tag(id)).size(), FloatingIps.of(os, os4j, id).size(),
                securityGroups(os, id).size(), serverGroups(os, id).size(), hasKeyPair(os, id) ? 1 : 0);
    }

    /** Retries a delete refused while ports are still being released (HTTP 409), for up to a minute. */
    private String untilFree(String what, java.util.function.Supplier<String> delete) {
        Instant deadline = Instant.now().plusSeconds(60);
        String problem = delete.get();
        while (problem != null && problem.contains("HTTP 409") && Instant.now().isBefore(deadline)
                && Pause.sleep(Duration.ofSeconds(2))) {
            problem = delete.get();
        }
        return problem;
    }

    private List<? extends SecurityGroup> securityGroups(OSClientV3 os, CampaignId id) {
        return os4j.call("listing security groups",
                () -> os.networking().securitygroup().list(Map.of("name", Names.securityGroup(id))));
    }

    private List<? extends ServerGroup> serverGroups(OSClientV3 os, CampaignId id) {
        return os4j.call("listing server groups", () -> os.compute().serverGroups().list()).stream()
                .filter(g -> Names.isServerGroupOf(id, g.getName())).toList();
    }

    private boolean hasKeyPair(OSClientV3 os, CampaignId id) {
        List<? extends Keypair> pairs = os4j.call("listing key pairs", () -> os.compute().keypairs().list());
        return pairs.stream().anyMatch(k -> Names.keyPair(id).equals(k.getName()));
    }

    private static void note(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
