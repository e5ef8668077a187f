package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.CampaignId;
import java.util.Optional;

/**
 * The names, tags and markers the openstack cloud gives a campaign's resources, so the cloud alone tells
 * what belongs to which campaign: servers carry tags {@value #TAG} and the campaign id plus metadata;
 * key pairs, security groups and server groups carry the id in their names; floating IPs and security
 * groups carry {@code vgpubench-campaign=<id>} in their description.
 */
final class Names {
    static final String TAG = "vgpubench";
    static final String FLAVOR_KEY = "vgpubench-flavor";
    static final String GROUP_KEY = "vgpubench-group";
    private static final String MARKER = CampaignId.METADATA_KEY + "=";

    private Names() {}

    static String keyPair(CampaignId id) {
        return id.value() + "-key";
    }

    static String securityGroup(CampaignId id) {
        return id.value() + "-ssh";
    }

    static String serverGroup(CampaignId id, String group) {
        String suffix = group.startsWith(id.value() + "-") ? group.substring(id.value().length() + 1) : group;
        return id.value() + "-sg-" + suffix;
    }

    static boolean isServerGroupOf(CampaignId id, String name) {
        return name != null && name.startsWith(id.value() + "-sg-");
    }

    /** The campaign's server tag: its id (Nova allows 60 characters; longer ids are cut and hashed). */
    static String tag(CampaignId id) {
        String v = id.value();
        return v.length() <= 60 ? v : v.substring(0, 51) + "-" + String.format("%08x", v.hashCode());
    }

    /** The campaign's resources besides its servers, as a person would look for them. */
    static String leftovers(CampaignId id) {
        return "the key pair, security group, server groups and floating IPs named or tagged " + id.value();
    }

    /** The description of floating IPs and security groups. */
    static String marker(CampaignId id) {
        return MARKER + id.value();
    }

    /** The campaign a description marks, if any. */
    static Optional<String> campaignOfDescription(String description) {
        return description != null && description.startsWith(MARKER)
                ? Optional.of(description.substring(MARKER.length()).split("\\s", 2)[0]) : Optional.empty();
    }

    /** The campaign a key pair, security group or server group name carries, if it is one of ours. */
    static Optional<String> campaignOfName(String name) {
        return CampaignId.leading(name, "key|ssh|sg-.+");
    }
}
