package io.vgpubench.cloud.openstack;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.CampaignSweep;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.FlavorListing;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.PlanCheck;
import io.vgpubench.cloud.ProvisionListener;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.openstack.api.ApiHttp;
import io.vgpubench.cloud.openstack.api.NovaServers;
import io.vgpubench.cloud.openstack.api.RetrySettings;
import io.vgpubench.cloud.openstack.api.ServerView;
import io.vgpubench.cloud.openstack.auth.CloudConfig;
import io.vgpubench.cloud.openstack.auth.CloudConfigs;
import io.vgpubench.cloud.openstack.auth.Session;
import io.vgpubench.model.CloudSpec;
import io.vgpubench.model.Playbook;
import io.vgpubench.results.CampaignFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code openstack} cloud: a campaign's fleet on any OpenStack (Jetstream2 first), through openstack4j
 * and, where it falls short, direct API calls. Provisioning makes the campaign's key pair, security group
 * and server groups, boots the servers in parallel, waits for them in bulk and adds floating IPs; teardown
 * removes all of it, found from the cloud alone. It also checks plans, sweeps up after every campaign and
 * lists its GPU flavors.
 */
public final class OpenStackCloud implements Cloud, PlanCheck, CampaignSweep, FlavorListing {
    private final CloudSpec.OpenStack spec;
    private final Path resultsRoot;
    private final Consumer<String> console;
    private final Session session;
    private final Os4j os4j;
    private final NovaServers nova;
    private final LaunchSettings launch;
    private final Reach reach;

    /** Logs in with clouds.yaml or the OS_* variables, as the playbook's {@code cloud} and {@code region} say. */
    public OpenStackCloud(CloudSpec.OpenStack spec, Path resultsRoot, Consumer<String> console) {
        this(spec, CloudConfigs.resolve(spec.cloud(), spec.region()), resultsRoot, console,
                LaunchSettings.of(spec.concurrency(), spec.retries(), spec.consoleWait()), RetrySettings.standard());
    }

    public OpenStackCloud(CloudSpec.OpenStack spec, CloudConfig config, Path resultsRoot, Consumer<String> console,
                          LaunchSettings launch, RetrySettings retry) {
        this.spec = spec;
        this.resultsRoot = resultsRoot;
        this.console = console;
        if ("http".equalsIgnoreCase(config.authUrl().getScheme())) {
            console.accept("warning: " + config.source() + ": auth_url " + config.authUrl() + " is plain http://:"
                    + " the password or application-credential secret crosses the network unencrypted; use https://");
        }
        this.session = Session.login(config, new ApiHttp(retry));
        this.os4j = new Os4j(retry);
        this.nova = new NovaServers(session.http(), () -> session.endpoint("compute"), () -> session.token().getId());
        this.launch = launch;
        this.reach = new Reach(spec, launch.consoleWait(), nova, console);
    }

    /** A login for work on a cloud's campaigns as a whole (gc): no image, network or SSH settings needed. */
    public static OpenStackCloud forMaintenance(String cloud, String region, Path resultsRoot, Consumer<String> console) {
        return new OpenStackCloud(new CloudSpec.OpenStack(cloud, region, null, null, null, false, null, 8, 0, null,
                false), resultsRoot, console);
    }

    @Override
    public String leftoverInstance(String instance) {
        return "server " + instance;
    }

    @Override
    public List<String> leftoverResources(CampaignId campaign) {
        return List.of(Names.leftovers(campaign));
    }

    /** The login behind this cloud. */
    Session session() {
        return session;
    }

    /**
     * A warning when the login (an application credential) expires before a campaign of {@code expectedLength}
     * starting now would end. The engine, not knowing the length, checks a day ahead.
     */
    java.util.Optional<String> expiryWarning(Duration expectedLength) {
        return io.vgpubench.cloud.openstack.auth.CredentialExpiry.warning(session, Instant.now().plus(expectedLength));
    }

    /** Read only: image, network and flavors exist, the fleet fits the quota, how SSH will reach it. */
    @Override
    public PlanCheck.Result check(Playbook playbook) {
        return OpenStackPlan.check(this, playbook);
    }

    /** Every campaign's servers, floating IPs, security groups, server groups and key pairs. */
    @Override
    public CampaignSweep.Found sweep(Duration olderThan, Instant now) {
        return Leftovers.find(this, olderThan, resultsRoot, now);
    }

    @Override
    public List<FlavorListing.GpuFlavor> gpuFlavors() {
        return GpuFlavors.list(session.os(), os4j);
    }

    Os4j os4j() {
        return os4j;
    }

    NovaServers nova() {
        return nova;
    }

    @Override
    public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests) {
        return provision(campaign, requests, ProvisionListener.NONE);
    }

    /** Tells {@code listener} of each server as soon as it is ACTIVE and has its address (its floating IP). */
    @Override
    public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests, ProvisionListener listener) {
        if (requests.isEmpty()) {
            return new ProvisionResult(List.of(), List.of());
        }
        expiryWarning(Duration.ofHours(24)).ifPresent(w -> console.accept("WARNING: " + w));
        Fleet fleet = Fleet.prepare(this, spec, campaign, requests, keyFile(campaign));
        Arrivals arrivals = new Arrivals(fleet.addresses(requests.size()), listener);
        new ServerLauncher(nova, launch, console, spec.serverGroup()).launch(Names.tag(campaign), fleet.slots(),
                arrivals);
        return arrivals.result();
    }

    /** The campaign's ACTIVE servers (others are replaced by provision and removed by teardown). */
    @Override
    public List<InstanceInfo> discover(CampaignId campaign) {
        List<ServerView> servers = nova.listTagged(Names.tag(campaign));
        return Instances.describe(servers, FloatingIps.of(session.os(), os4j, campaign), spec.network()).stream()
                .filter(i -> i.state() == InstanceState.ACTIVE).toList();
    }

    /** Where and how SSH would log in to an instance (host key policy and jump host included), without connecting. */
    public io.vgpubench.ssh.SshEndpoint endpoint(CampaignId campaign, InstanceInfo instance) {
        return reach.endpoint(instance, keyFile(campaign));
    }

    @Override
    public AgentHost connect(CampaignId campaign, InstanceInfo instance) {
        return reach.connect(campaign, instance, keyFile(campaign));
    }

    @Override
    public List<String> teardown(CampaignId campaign) {
        return janitor().teardown(campaign, keyFile(campaign));
    }

    Janitor janitor() {
        return new Janitor(session, os4j, nova, launch);
    }

    /** The campaign's private key: {@code results/<id>/ssh/id_rsa}. */
    Path keyFile(CampaignId campaign) {
        if (resultsRoot == null) {
            throw VgpubenchException.infrastructure("no results folder for the campaign's SSH key", null);
        }
        return CampaignFolder.of(resultsRoot, campaign).sshKey();
    }
}
