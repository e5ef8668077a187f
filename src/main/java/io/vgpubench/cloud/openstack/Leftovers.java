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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openstack4j.api.OSClient.OSClientV3;

/**
 * Finds, from the cloud alone, every resource a campaign left behind (servers tagged {@value Names#TAG}, and
 * floating IPs, security groups, server groups and key pairs marked with a campaign id), grouped by campaign
 * and aged by the start time in the campaign id. A campaign counts as running, and is kept, while its journal
 * on this machine changed within the age limit; resources whose campaign cannot be told are kept too.
 */
final class Leftovers {
    private static final Pattern STAMP = Pattern.compile("-(\\d{8}t\\d{4})-[0-9a-f]{4}$");
    private static final DateTimeFormatter STAMP_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmm");

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
            Campaign c = new Campaign(id, started(id), resources);
            boolean young = c.started().map(t -> t.isAfter(now.minus(olderThan))).orElse(false);
            boolean unsure = young || !validId(id) || journalActive(resultsRoot, id, now.minus(olderThan));
            (unsure ? kept : stale).add(c);
        });
        return new Found(stale, kept);
    }

    /** The start time a campaign id carries ({@code name-yyyyMMdd't'HHmm-xxxx}, UTC). */
    static Optional<Instant> started(String campaignId) {
        Matcher m = STAMP.matcher(campaignId);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP_FORMAT).toInstant(ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean journalActive(Path resultsRoot, String id, Instant cutoff) {
        if (resultsRoot == null) {
            return false;
        }
        Path journal = CampaignFolder.of(resultsRoot, new CampaignId(id)).journal();
        try {
            return Files.exists(journal) && Files.getLastModifiedTime(journal).toInstant().isAfter(cutoff);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void add(Map<String, List<String>> byCampaign, String id, String what) {
        byCampaign.computeIfAbsent(id, k -> new ArrayList<>()).add(what);
    }

    /** Whether an id (read from a resource's metadata) is a campaign id, so it names a folder under results/ safely. */
    private static boolean validId(String id) {
        try {
            new CampaignId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
