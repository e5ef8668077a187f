package io.vgpubench.cloud;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign's id, e.g. {@code quickstart-20261125t1701-3fa9}: the playbook's name, the UTC minute it
 * started and four random hex digits. Every cloud resource the tool creates carries it in its name and
 * metadata, so the cloud alone tells what belongs to a campaign. The one place that knows its shape.
 */
public record CampaignId(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{2,62}");
    /** What {@link #fresh} appends to the name: the start stamp (group 1) and the random part. */
    private static final String SUFFIX = "-(\\d{8}t\\d{4})-[0-9a-f]{4}";
    private static final Pattern STAMPED = Pattern.compile(SUFFIX + "$");
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

    /** The id {@code text} is, if it is one (text read from a cloud resource may be anything). */
    public static Optional<CampaignId> parse(String text) {
        return text != null && VALID.matcher(text).matches() ? Optional.of(new CampaignId(text)) : Optional.empty();
    }

    /** When the campaign {@code id} started, from the stamp {@link #fresh} put in it (empty if it has none). */
    public static Optional<Instant> started(String id) {
        Matcher m = STAMPED.matcher(id);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The campaign id a resource name begins with, where the name is {@code <id>-<rest>} and {@code rest}
     * matches {@code restPattern} (a regular expression), as for "{@code <id>-key}".
     */
    public static Optional<String> leading(String name, String restPattern) {
        Matcher m = name == null ? null : Pattern.compile("^(.+" + SUFFIX + ")-(?:" + restPattern + ")$").matcher(name);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
