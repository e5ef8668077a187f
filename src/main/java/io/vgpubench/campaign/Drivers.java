package io.vgpubench.campaign;

import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.ProvisionListener;
import io.vgpubench.cloud.ProvisionResult.ProvisionFailure;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Starts one {@link InstanceDriver} per instance as soon as its instance is ready, so an instance that boots
 * early connects and deploys while others still boot. Each group's start gate counts all the group's members
 * from the start; a member that will not run (not provisioned, or never reported) leaves it, so the rest of
 * its group is not held.
 */
final class Drivers implements ProvisionListener {
    private final CampaignContext ctx;
    private final CampaignState state;
    private final Map<String, InstancePlan> plans = new LinkedHashMap<>();
    private final Map<String, StartGate> gates = new HashMap<>();
    /** The members whose fate is settled: a driver started, or the gate left. */
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
    // one thread per instance: a group's members must all be running to pass its start gate
    private final ExecutorService pool;

    Drivers(CampaignContext ctx, List<InstancePlan> plans, CampaignState state) {
        this.ctx = ctx;
        this.state = state;
        plans.forEach(p -> this.plans.put(p.name(), p));
        Map<String, Long> members = new HashMap<>();
        plans.forEach(p -> members.merge(p.group(), 1L, Long::sum));
        members.forEach((group, n) -> gates.put(group, new StartGate(n.intValue())));
        this.pool = Executors.newFixedThreadPool(Math.max(1, plans.size()));
    }

    /** Journals an instance ACTIVE, as the cloud reported it. */
    static void active(CampaignContext ctx, InstanceInfo instance) {
        ctx.state(instance.name(), InstanceState.ACTIVE, instance.id(), null);
    }

    /** Journals an instance FAILED with the cloud's reason and counts it as a failure. */
    static void notProvisioned(CampaignContext ctx, ProvisionFailure failure) {
        ctx.state(failure.name(), InstanceState.FAILED, null, "not provisioned: " + failure.reason());
        ctx.fail(failure.name() + ": not provisioned: " + failure.reason());
    }

    /** Starts the driver of an instance that is up (found live, or just reported ready). */
    void start(InstanceInfo instance) {
        InstancePlan plan = plans.get(instance.name());
        if (plan != null && settled.add(plan.name())) {
            submit(plan, instance);
        }
    }

    /** Journals an instance BUILDING with the id the cloud gave it, while it has not been settled. */
    @Override
    public void building(String name, String id) {
        if (plans.containsKey(name) && !settled.contains(name)) {
            ctx.state(name, InstanceState.BUILDING, id, null);
        }
    }

    @Override
    public void ready(InstanceInfo instance) {
        InstancePlan plan = plans.get(instance.name());
        if (plan != null && settled.add(plan.name())) {
            active(ctx, instance); // journaled ACTIVE before its driver's REACHABLE
            submit(plan, instance);
        }
    }

    private void submit(InstancePlan plan, InstanceInfo found) {
        InstanceInfo instance = new InstanceInfo(found.id(), found.name(), found.flavor(), found.state(),
                found.route().pinning(state.trustedKeys, found.name()), found.metadata());
        pool.submit(new InstanceDriver(ctx, plan, instance, gates.get(plan.group()),
                state.finishedBatches(plan.name()), state.startedBatches(plan.name())));
    }

    @Override
    public void failed(ProvisionFailure failure) {
        if (plans.containsKey(failure.name()) && settled.add(failure.name())) {
            notProvisioned(ctx, failure);
            gates.get(plans.get(failure.name()).group()).leave();
        }
    }

    /**
     * Once provisioning has returned: a member the cloud never told of is journaled FAILED and leaves its gate
     * (a cloud should tell of every instance; this keeps the group from waiting forever when one does not).
     */
    void failUnreported() {
        for (InstancePlan p : List.copyOf(plans.values())) {
            failed(new ProvisionFailure(p.name(), p.flavor().name(), "the cloud reported it neither ready nor failed"));
        }
    }

    /** Once provisioning has stopped with an error: the members not told of leave their gates. */
    void abandonUnreported() {
        for (InstancePlan p : plans.values()) {
            if (settled.add(p.name())) {
                gates.get(p.group()).leave();
            }
        }
    }

    /** Waits for every started driver to finish. */
    void awaitAll() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // instances run on; progress is printed by the drivers
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
