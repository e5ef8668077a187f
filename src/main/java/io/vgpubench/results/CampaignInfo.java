package io.vgpubench.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vgpubench.model.AdaptiveRepetitions;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Requirements;
import io.vgpubench.model.Threshold;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code campaign.json}, snake_case throughout: what a report needs besides the samples (the baseline and each
 * flavor's share of the card, scheduler and label, the thresholds), what resume needs to read the playbook copy
 * as the original was read (its seed, which the file may have left to chance, and the original's folder,
 * {@code playbookDir}, for relative paths in it; absent in campaigns from before it was recorded), and, once
 * the campaign ends, its warnings and failures, so {@code vgpubench report DIR} shows them again; and the
 * adaptive-repetitions rule where the playbook had one ({@code adaptive}: min, max, target_ci_pct), so that report
 * computes its intervals at the rule's level; and the playbook's {@code require}, so it refuses the same samples. Read
 * leniently, so a file written by hand or brought from elsewhere needs only what its reader uses: a report
 * needs {@code campaign} and {@code baseline}; absent lists and maps read as empty. Read and written through
 * {@link CampaignFolder}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignInfo(String campaign, String name, String cloud, String baseline, long seed,
                           Map<String, FlavorFacts> flavors, List<Threshold> thresholds, String playbookDir,
                           List<String> warnings, List<String> failures, AdaptiveRepetitions adaptive,
                           Requirements require) {

    public CampaignInfo {
        flavors = flavors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(flavors));
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** A campaign as it starts: no warnings or failures yet. */
    public CampaignInfo(String campaign, String name, String cloud, String baseline, long seed,
                        Map<String, FlavorFacts> flavors, List<Threshold> thresholds, String playbookDir) {
        this(campaign, name, cloud, baseline, seed, flavors, thresholds, playbookDir, List.of(), List.of(), null,
                null);
    }

    /** The same facts, for a campaign whose repetitions follow an adaptive rule (null: a fixed count). */
    public CampaignInfo withAdaptive(AdaptiveRepetitions rule) {
        return new CampaignInfo(campaign, name, cloud, baseline, seed, flavors, thresholds, playbookDir, warnings,
                failures, rule, require);
    }

    /** The same facts, for a campaign whose samples must meet these requirements (null: none). */
    public CampaignInfo withRequire(Requirements req) {
        return new CampaignInfo(campaign, name, cloud, baseline, seed, flavors, thresholds, playbookDir, warnings,
                failures, adaptive, req);
    }

    /** The same facts with the campaign's warnings and failures, which the report shows. */
    public CampaignInfo withNotes(List<String> warnings, List<String> failures) {
        return new CampaignInfo(campaign, name, cloud, baseline, seed, flavors, thresholds, playbookDir, warnings,
                failures, adaptive, require);
    }

    /**
     * A flavor as the campaign resolved it from the catalog (so resume and reports need no catalog), and the
     * label tables show for it (its vGPU profile). A file from elsewhere may give only share fraction,
     * scheduler and label.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlavorFacts(String name, String cloudFlavor, String profile, Double frameBufferGb,
                              Double shareFraction, String physicalGpu, String scheduler, Integer vcpus,
                              Double ramGb, String source, boolean unconfirmed, String notes, String label,
                              Double costPerHour, String costUnit) {

        public static FlavorFacts of(Flavor f) {
            return new FlavorFacts(f.name(), f.cloudFlavor(), f.profile(), f.frameBufferGb(), f.shareFraction(),
                    f.physicalGpu(), f.scheduler(), f.vcpus(), f.ramGb(), f.source(), f.unconfirmed(), f.notes(),
                    f.profile(), f.cost() == null ? null : f.cost().perHour(), f.cost() == null ? null : f.cost().unit());
        }

        public Flavor toFlavor() {
            return new Flavor(name, cloudFlavor, profile, frameBufferGb, shareFraction, physicalGpu, scheduler, vcpus,
                    ramGb, source, unconfirmed, notes, null, cost());
        }

        /** The cost an hour, where campaign.json has a valid one. */
        public io.vgpubench.model.Cost cost() {
            return costPerHour == null || costUnit == null || !(costPerHour > 0) || costUnit.isBlank() ? null
                    : new io.vgpubench.model.Cost(costPerHour, costUnit);
        }
    }

    /** The flavors as the catalog entries they were resolved from, in the playbook's order. */
    public Map<String, Flavor> flavorMap() {
        Map<String, Flavor> map = new LinkedHashMap<>();
        flavors.forEach((k, v) -> map.put(k, v.toFlavor()));
        return map;
    }
}
