package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.CampaignSweep.Campaign;
import io.vgpubench.cloud.CampaignSweep.Found;
import io.vgpubench.cloud.openstack.api.ServerView;
import io.vgpubench.results.CampaignFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openstack4j.api.OSClient.OSClientV3;

/**
 * Finds, from the cloud alone, every resource a campaign left behind (servers tagged {@value Names#TAG}, and
 * floating IPs, security groups, server groups and key pairs marked with a campaign id), grouped by campaign
 * and aged by the start time in the campaign id. A campaign counts as running, and is kept, while its journal
 * on this machine changed within the age limit; resources whose campaign cannot be told are kept too.
 */
final class Leftovers {
    private Leftovers() {}

    static Found find(OpenStackCloud cloud, Duration olderThan, Path resultsRoot, Instant now) {
        Map<String, List<String>> byCampaign = new TreeMap<>();
        for (ServerView s : cloud.nova().listTagged(Names.TAG)) {
            String id = s.metadata().getOrDefault(CampaignId.METADATA_KEY, s.tags().stream()
                    .filter(t -> !t.equals(Names.TAG)).findFirst().orElse("?"));
            add(byCampaign, id, "server " + s.name() + " (" + s.status() + ")");
        }
        OSClientV3 os = cloud.session().os();
        Os4j os4j = cloud.os4j();
        os4j.call("listing floating IPs", () -> os.networking().floatingip().list()).forEach(f ->
                Names.campaignOfDescription(f.getDescription()).ifPresent(id ->
                        add(byCampaign, id, "floating IP " + f.getFloatingIpAddress())));
        os4j.call("listing security groups", () -> os.networking().securitygroup().list()).forEach(g ->
                Names.campaignOfDescription(g.getDescription()).or(() -> Names.campaignOfName(g.getName()))
                        .ifPresent(id -> add(byCampaign, id, "security group " + g.getName())));
        os4j.call("listing server groups", () -> os.compute().serverGroups().list()).forEach(g ->
                Names.campaignOfName(g.getName()).ifPresent(id -> add(byCampaign, id, "server group " + g.getName())));
        os4j.call("listing key pairs", () -> os.compute().keypairs().list()).forEach(k ->
                Names.campaignOfName(k.getName()).ifPresent(id -> add(byCampaign, id, "key pair " + k.getName())));
        List<Campaign> stale = new ArrayList<>();
        List<Campaign> kept = new ArrayList<>();
        byCampaign.forEach((id, resources) -> {
            Campaign c = new Campaign(id, CampaignId.started(id), resources);
            boolean young = c.started().map(t -> t.isAfter(now.minus(olderThan))).orElse(false);
            boolean unsure = young || CampaignId.parse(id).map(valid -> journalActive(resultsRoot, valid,
                    now.minus(olderThan))).orElse(true);
            (unsure ? kept : stale).add(c);
        });
        return new Found(stale, kept);
    }

    /** Whether the campaign's journal here changed since {@code cutoff} (its controller may still run). */
    private static boolean journalActive(Path resultsRoot, CampaignId id, Instant cutoff) {
        if (resultsRoot == null) {
            return false;
        }
        Path journal = CampaignFolder.of(resultsRoot, id).journal();
        try {
            return Files.exists(journal) && Files.getLastModifiedTime(journal).toInstant().isAfter(cutoff);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void add(Map<String, List<String>> byCampaign, String id, String what) {
        byCampaign.computeIfAbsent(id, k -> new ArrayList<>()).add(what);
    }
}
