package io.vgpubench.campaign.plan;

import io.vgpubench.model.Flavor;
import java.util.List;

/** One instance of the fleet and its batches, in order. {@code group} starts its batches together. */
public record InstancePlan(String name, Flavor flavor, int index, String group, List<Batch> batches) {
    public InstancePlan {
        batches = List.copyOf(batches);
    }
}
