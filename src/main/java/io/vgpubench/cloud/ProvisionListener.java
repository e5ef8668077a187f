package io.vgpubench.cloud;

import java.util.function.Consumer;

/**
 * Hears the fate of each instance of a {@link Cloud#provision(CampaignId, java.util.List, ProvisionListener)} call
 * as soon as it is known, so work on an instance can start while others still boot. A cloud may call it from
 * several threads at once, and tells each instance once.
 */
public interface ProvisionListener {

    /** The cloud accepted the instance: it exists as {@code id} and boots (clouds that boot nothing skip this). */
    default void building(String name, String id) {
    }

    /** The instance is ACTIVE and reachable as {@code instance} says. */
    void ready(InstanceInfo instance);

    /** The instance will not come up. */
    void failed(ProvisionResult.ProvisionFailure failure);

    /** A listener made of two functions. */
    static ProvisionListener of(Consumer<InstanceInfo> ready, Consumer<ProvisionResult.ProvisionFailure> failed) {
        return new ProvisionListener() {
            @Override
            public void ready(InstanceInfo instance) {
                ready.accept(instance);
            }

            @Override
            public void failed(ProvisionResult.ProvisionFailure failure) {
                failed.accept(failure);
            }
        };
    }

    /** Hears nothing. */
    ProvisionListener NONE = of(i -> { }, f -> { });
}
