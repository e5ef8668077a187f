package io.vgpubench.cloud;

import io.vgpubench.agenthost.AgentHost;
import java.util.List;

/**
 * A source of instances: the whole provider contract. The group of a campaign is the unit that is
 * created, found and destroyed; every resource carries the campaign id, so {@link #discover} and
 * {@link #teardown} need nothing but the cloud itself. What only some clouds can do is an optional
 * capability a cloud implements besides: {@link PlanCheck}, {@link CampaignSweep}, {@link FlavorListing}.
 */
public interface Cloud extends AutoCloseable {

    /**
     * Creates the instances (in parallel where the cloud allows). Partial failure is a result, not an
     * exception: the instances that came up and the failures of those that did not.
     * Throws {@link io.vgpubench.VgpubenchException} only when nothing can be attempted (auth, quota).
     */
    ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests);

    /**
     * Creates the instances as {@link #provision(CampaignId, List)} does, telling {@code listener} of each one as
     * soon as it is ACTIVE or has failed, and returns the same result at the end. By default each is told once all
     * are done (the failures first); a cloud that sees instances come up one by one tells each as it does.
     */
    default ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests,
                                      ProvisionListener listener) {
        ProvisionResult result = provision(campaign, requests);
        result.failures().forEach(listener::failed);
        result.ready().forEach(listener::ready);
        return result;
    }

    /** The campaign's instances as the cloud sees them now (by campaign tag or metadata). */
    List<InstanceInfo> discover(CampaignId campaign);

    /** A way to run the agent on an instance: child processes for local, SSH otherwise. */
    AgentHost connect(CampaignId campaign, InstanceInfo instance);

    /**
     * Removes every resource of the campaign (instances, keys, security groups, addresses), verifies
     * they are gone and returns what could not be removed. Idempotent.
     */
    List<String> teardown(CampaignId campaign);

    /**
     * What may be left of one of the campaign's instances when a teardown is cut short, in this cloud's
     * words (a person reads it to remove it by hand).
     */
    default String leftoverInstance(String instance) {
        return "instance " + instance + " and its agent processes";
    }

    /** The campaign's resources other than its instances that a teardown cut short may leave, in this cloud's words. */
    default List<String> leftoverResources(CampaignId campaign) {
        return List.of();
    }

    /**
     * True when every instance of this cloud shares one device (the local cloud): groups of instances
     * then run one after another, so a flavor under test never competes with the baseline.
     */
    default boolean instancesShareOneDevice() {
        return false;
    }

    @Override
    default void close() {
    }
}
