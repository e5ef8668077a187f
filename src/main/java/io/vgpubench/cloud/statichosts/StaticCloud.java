package io.vgpubench.cloud.statichosts;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.ProvisionResult.ProvisionFailure;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.model.CloudSpec.StaticHost;
import io.vgpubench.ssh.SshAgentHost;
import io.vgpubench.ssh.SshConfigFile;
import io.vgpubench.ssh.SshConnector;
import io.vgpubench.ssh.SshEndpoint;
import io.vgpubench.ssh.SshSettings;
import io.vgpubench.ssh.UploadProgress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code static} cloud: hosts that already exist (bare-metal baselines, a colleague's workstation),
 * reached over SSH exactly like cloud VMs. Provisioning hands out the listed hosts, by flavor label, in
 * list order (the i-th instance of a flavor is the i-th host with that label, on every resume); teardown
 * has nothing to delete. A host with a bad key, an unknown name or a jump host it cannot use fails alone.
 */
public final class StaticCloud implements Cloud {
    /** Metadata key naming the static host behind an instance. */
    public static final String HOST_METADATA = "vgpubench-static-host";
    private final List<StaticHost> hosts;
    private final StaticEndpoints endpoints;
    private final SshConnector connector;
    private final Consumer<String> console;

    public StaticCloud(CloudSpec.Static spec, Consumer<String> console) {
        this(spec, SshSettings.forExistingHosts(), SshConfigFile.userDefault(),
                Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"), console);
    }

    public StaticCloud(CloudSpec.Static spec, SshSettings settings, SshConfigFile config, Path defaultKnownHosts,
                       Consumer<String> console) {
        this.hosts = spec.hosts();
        this.endpoints = new StaticEndpoints(hosts, config, defaultKnownHosts);
        this.connector = new SshConnector(settings);
        this.console = console;
    }

    @Override
    public String leftoverInstance(String instance) {
        return "agent processes and files of " + instance + " on its host";
    }

    @Override
    public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests) {
        List<InstanceInfo> ready = new ArrayList<>();
        List<ProvisionFailure> failures = new ArrayList<>();
        for (InstanceRequest r : requests) {
            List<StaticHost> candidates = hosts.stream().filter(h -> h.flavor().equals(r.flavor().name())).toList();
            if (r.index() >= candidates.size()) {
                failures.add(new ProvisionFailure(r.name(), r.flavor().name(), "the static cloud lists "
                        + candidates.size() + " host(s) with flavor '" + r.flavor().name() + "', instance "
                        + r.index() + " has none"));
                continue;
            }
            StaticHost host = candidates.get(r.index());
            try {
                check(host);
                ready.add(new InstanceInfo("static:" + host.name(), r.name(), r.flavor().name(), InstanceState.ACTIVE,
                        SshRoute.direct(host.address()), Map.of(CampaignId.METADATA_KEY, campaign.value(),
                        HOST_METADATA, host.name())));
            } catch (VgpubenchException e) {
                failures.add(new ProvisionFailure(r.name(), r.flavor().name(), e.getMessage()));
            }
        }
        return new ProvisionResult(ready, failures);
    }

    /** The checks that need no connection: key file usable, jump host well formed, address resolvable. */
    private void check(StaticHost host) {
        SshEndpoint endpoint = endpoints.endpoint(host);
        if (endpoint.jump() == null) {
            try {
                InetAddress.getByName(endpoint.host());
            } catch (UnknownHostException e) {
                throw VgpubenchException.badInput("host " + host.name() + ": unknown host name " + endpoint.host());
            }
        }
    }

    /** A static cloud creates nothing, so there is nothing to find: resume hands the same hosts out again. */
    @Override
    public List<InstanceInfo> discover(CampaignId campaign) {
        return List.of();
    }

    /** Logs in (verifying the host key against known_hosts) and returns the host, ready to deploy. */
    @Override
    public AgentHost connect(CampaignId campaign, InstanceInfo instance) {
        String name = instance.metadata().get(HOST_METADATA);
        StaticHost host = hosts.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow(() ->
                VgpubenchException.badInput("instance " + instance.name() + ": no static host named " + name));
        SshAgentHost agentHost = new SshAgentHost(endpoints.endpoint(host), campaign.value(), connector,
                UploadProgress.percentLines(host.name() + ": uploading agent bundle", console));
        try {
            agentHost.connect();
            return agentHost;
        } catch (RuntimeException e) {
            agentHost.close();
            throw e;
        }
    }

    /**
     * Nothing was created but the campaign's folder on each host (bundle, agent, runs), which goes here,
     * once per host, after every instance has finished (two instances may share a host). A host that
     * cannot be reached is said on the console; a host reached whose folder cannot be removed is a leftover.
     */
    @Override
    public List<String> teardown(CampaignId campaign) {
        List<String> leftovers = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (StaticHost host : hosts) {
            SshEndpoint endpoint;
            try {
                endpoint = endpoints.endpoint(host);
            } catch (RuntimeException e) {
                continue; // a host whose settings are unusable never received anything
            }
            if (!done.add(endpoint.login())) {
                continue;
            }
            try (SshAgentHost agentHost = new SshAgentHost(endpoint, campaign.value(), connector, UploadProgress.none())) {
                try {
                    agentHost.connect();
                } catch (RuntimeException e) {
                    console.accept(host.name() + ": not reachable for cleanup (" + e.getMessage() + ")");
                    continue;
                }
                agentHost.cleanup();
            } catch (RuntimeException e) {
                leftovers.add("static host " + host.name() + ": campaign folder not removed: " + e.getMessage());
            }
        }
        return leftovers;
    }
}
