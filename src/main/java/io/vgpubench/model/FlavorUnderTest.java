package io.vgpubench.model;

import java.util.List;
import java.util.Locale;

/**
 * A flavor the campaign provisions: how many instances, and the concurrent task counts per GPU to
 * run on each (e.g. [1, 2] for the study's "1 task / 2 tasks" rows).
 */
public record FlavorUnderTest(String flavor, int instances, List<Integer> tasks) {
    public FlavorUnderTest {
        tasks = List.copyOf(tasks);
    }

    /**
     * The cloud name of this flavor's instance {@code index} (1-based) in a campaign:
     * {@code <campaign-id>-<flavor>-<index>}, the flavor lower-cased with anything but letters,
     * digits and '-' turned into '-' (so "g3.small" gives "...-g3-small-1").
     */
    public String instanceName(String campaignId, int index) {
        return campaignId + "-" + flavor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-") + "-" + index;
    }
}
