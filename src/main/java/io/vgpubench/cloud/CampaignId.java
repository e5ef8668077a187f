package io.vgpubench.cloud;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A campaign's id, e.g. {@code quickstart-20261125t1701-3fa9}. Every cloud resource the tool creates
 * carries it in its name and metadata, so the cloud alone tells what belongs to a campaign.
 */
public record CampaignId(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{2,62}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmm");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The metadata key (and tag prefix) that marks a resource as a campaign's. */
    public static final String METADATA_KEY = "vgpubench-campaign";

    public CampaignId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a campaign id: " + value);
        }
    }

    public static CampaignId fresh(String name) {
        String base = name.toLowerCase().replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "campaign";
        }
        base = base.length() > 40 ? base.substring(0, 40) : base;
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        return new CampaignId(base + "-" + stamp + "-" + String.format("%04x", RANDOM.nextInt(0x10000)));
    }

    @Override
    public String toString() {
        return value;
    }
}
