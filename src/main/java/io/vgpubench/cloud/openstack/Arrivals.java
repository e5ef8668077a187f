package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.ProvisionListener;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.ProvisionResult.ProvisionFailure;
import io.vgpubench.cloud.openstack.api.ServerView;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells a provision listener of each server as soon as the launcher has it ACTIVE and it has its address, and
 * keeps the whole result. A server ACTIVE without an address (its floating IP refused) counts as failed.
 */
final class Arrivals implements ServerLauncher.Watcher {
    private final Addresses addresses;
    private final ProvisionListener listener;
    private final List<InstanceInfo> ready = new CopyOnWriteArrayList<>();
    private final List<ProvisionFailure> failures = new CopyOnWriteArrayList<>();

    Arrivals(Addresses addresses, ProvisionListener listener) {
        this.addresses = addresses;
        this.listener = listener;
    }

    @Override
    public void active(ServerView server) {
        InstanceInfo instance;
        try {
            instance = addresses.of(server);
        } catch (RuntimeException e) {
            failed(new ProvisionFailure(server.name(), server.metadata().getOrDefault(Names.FLAVOR_KEY, ""),
                    "ACTIVE but without an address to reach it: " + e.getMessage()));
            return;
        }
        ready.add(instance);
        listener.ready(instance);
    }

    @Override
    public void building(String name, String id) {
        listener.building(name, id);
    }

    @Override
    public void failed(ProvisionFailure failure) {
        failures.add(failure);
        listener.failed(failure);
    }

    /** Everything told so far, the instances by name. */
    ProvisionResult result() {
        return new ProvisionResult(ready.stream().sorted(Comparator.comparing(InstanceInfo::name)).toList(), failures);
    }
}
