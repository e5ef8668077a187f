package io.vgpubench.campaign;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * {@code campaign.json}: what a report needs besides the samples (the baseline and each flavor's
 * share of the card and scheduler), and what resume needs to read the playbook copy as the original
 * was read: its seed (which the file may have left to chance) and the original's folder
 * ({@code playbookDir}, for relative paths in it; absent in campaigns from before it was recorded); and, once
 * the campaign ends, its warnings and failures, so {@code vgpubench report DIR} shows them again.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignInfo(String campaign, String name, String cloud, String baseline, long seed,
                           Map<String, FlavorFacts> flavors, java.util.List<io.vgpubench.model.Threshold> thresholds,
                           String playbookDir, java.util.List<String> warnings, java.util.List<String> failures) {

    public CampaignInfo(String campaign, String name, String cloud, String baseline, long seed,
                        Map<String, FlavorFacts> flavors, java.util.List<io.vgpubench.model.Threshold> thresholds,
                        String playbookDir) {
        this(campaign, name, cloud, baseline, seed, flavors, thresholds, playbookDir, null, null);
    }

    /** The same facts with the campaign's warnings and failures, which the report shows. */
    public CampaignInfo withNotes(java.util.List<String> warnings, java.util.List<String> failures) {
        return new CampaignInfo(campaign, name, cloud, baseline, seed, flavors, thresholds, playbookDir,
                java.util.List.copyOf(warnings), java.util.List.copyOf(failures));
    }

    /** campaign.json is snake_case throughout, nested records too (the report's reader expects that). */
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = io.vgpubench.results.Json.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** A flavor as the campaign resolved it from the catalog (so resume and reports need no catalog). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FlavorFacts(String name, String cloudFlavor, String profile, Double frameBufferGb,
                              double shareFraction, String physicalGpu, String scheduler, Integer vcpus,
                              Double ramGb, String source, boolean unconfirmed, String notes) {

        public static FlavorFacts of(io.vgpubench.model.Flavor f) {
            return new FlavorFacts(f.name(), f.cloudFlavor(), f.profile(), f.frameBufferGb(), f.shareFraction(),
                    f.physicalGpu(), f.scheduler(), f.vcpus(), f.ramGb(), f.source(), f.unconfirmed(), f.notes());
        }

        /** The label tables show for the flavor. */
        @com.fasterxml.jackson.annotation.JsonProperty("label")
        public String label() {
            return profile;
        }

        public io.vgpubench.model.Flavor toFlavor() {
            return new io.vgpubench.model.Flavor(name, cloudFlavor, profile, frameBufferGb, shareFraction, physicalGpu,
                    scheduler, vcpus, ramGb, source, unconfirmed, notes);
        }
    }

    public void write(CampaignDir dir) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.info().toFile(), this);
        } catch (java.io.IOException e) {
            throw io.vgpubench.VgpubenchException.infrastructure("cannot write " + dir.info() + ": " + e.getMessage(), e);
        }
    }

    public static CampaignInfo read(CampaignDir dir) {
        try {
            return MAPPER.readValue(dir.info().toFile(), CampaignInfo.class);
        } catch (java.io.IOException e) {
            throw io.vgpubench.VgpubenchException.badInput("cannot read " + dir.info() + ": " + e.getMessage());
        }
    }

    public Map<String, io.vgpubench.model.Flavor> flavorMap() {
        Map<String, io.vgpubench.model.Flavor> map = new java.util.LinkedHashMap<>();
        flavors.forEach((k, v) -> map.put(k, v.toFlavor()));
        return map;
    }
}
