package io.vgpubench.campaign.plan;

import io.vgpubench.model.Flavor;
import java.util.List;

/**
 * One instance of the fleet and its batches, in order. {@code group} starts its batches together and shares a
 * card or node; it has {@code groupMembers} instances, each running the same batches in the same order.
 */
public record InstancePlan(String name, Flavor flavor, int index, String group, int groupMembers, List<Batch> batches) {
    public InstancePlan {
        batches = List.copyOf(batches);
    }
}
