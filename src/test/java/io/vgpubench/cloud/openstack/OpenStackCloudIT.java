package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.ProvisionListener;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.SshRoute;
import io.vgpubench.cloud.openstack.api.ServerView;
import io.vgpubench.cloud.openstack.fixture.KeystoneLogin;
import io.vgpubench.cloud.openstack.fixture.MicroversionHttp;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.cloud.openstack.fixture.RealOpenStack;
import io.vgpubench.ssh.HostKeyPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstack4j.model.compute.ServerGroup;
import org.openstack4j.model.network.SecurityGroup;
import org.openstack4j.openstack.OSFactory;

/**
 * The openstack cloud against the real OpenStack of {@code up.sh}: provisioning in parallel with tags and
 * metadata, key pair, security group, server groups, floating IPs (one each, or one jump host), the scheduler's
 * NoValidHost when the vGPU slots run out, quota refusals, discovery from the cloud alone, and a teardown that
 * leaves nothing.
 * Every test tears its campaign down (the fixture's 4 vGPU slots are shared).
 */
@RealOpenStack
class OpenStackCloudIT {
    @TempDir
    Path results;
    private final List<String> log = new ArrayList<>();
    private final List<Runnable> cleanups = new ArrayList<>();

    @AfterEach
    void tearDownEveryCampaign() {
        cleanups.forEach(Runnable::run);
    }

    private OpenStackCloud cloud(OpenStackEnv env, boolean floatingIp, String serverGroup, int retries,
                                 CampaignId id) {
        OpenStackCloud cloud = FixtureClouds.cloud(env, FixtureClouds.spec(env, floatingIp, serverGroup, retries),
                results, log);
        cleanups.add(() -> cloud.teardown(id));
        return cloud;
    }

    @Test
    void provisionsServersInParallelWithTheCampaignInNameTagsAndMetadataThenTearsAllDown(OpenStackEnv env) throws Exception {
        CampaignId id = CampaignId.fresh("it-fleet");
        OpenStackCloud cloud = cloud(env, false, null, 0, id);

        ProvisionResult result = cloud.provision(id, FixtureClouds.requests(id, "m3.tiny", 3));

        assertThat(result.failures()).isEmpty();
        assertThat(result.ready()).hasSize(3).allSatisfy(i -> {
            assertThat(i.name()).startsWith(id.value());
            assertThat(i.metadata()).containsEntry(CampaignId.METADATA_KEY, id.value())
                    .containsEntry(Names.FLAVOR_KEY, "m3.tiny");
            assertThat(i.route().address()).startsWith("10.0.0.");
        });
        var tagged = MicroversionHttp.nova(KeystoneLogin.password(env, env.demo()), "2.26")
                .get("/servers?tags=vgpubench," + id.value()).body().path("servers");
        assertThat(tagged.size()).isEqualTo(3);
        Path key = cloud.keyFile(id);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        var os = OSFactory.clientFromToken(KeystoneLogin.password(env, env.demo()));
        assertThat(os.compute().keypairs().get(Names.keyPair(id))).isNotNull();
        SecurityGroup group = os.networking().securitygroup().list(Map.of("name", Names.securityGroup(id))).get(0);
        assertThat(group.getRules()).anySatisfy(r -> {
            assertThat(r.getDirection()).isEqualTo("ingress");
            assertThat(r.getPortRangeMin()).isEqualTo(22);
            assertThat(r.getPortRangeMax()).isEqualTo(22);
            assertThat(r.getRemoteIpPrefix()).isEqualTo("127.0.0.1/32");
        });
        assertThat(group.getRules()).filteredOn(r -> "ingress".equals(r.getDirection())).hasSize(1);

        List<String> left = cloud.teardown(id);

        assertThat(left).isEmpty();
        assertThat(cloud.janitor().count(id)).isEqualTo(new Janitor.Counts(0, 0, 0, 0, 0));
        assertThat(os.compute().servers().list(Map.of("name", "^" + id.value()))).isEmpty();
        assertThat(key).doesNotExist();
        assertThat(cloud.teardown(id)).as("a second teardown finds nothing and fails nothing").isEmpty();
    }

    @Test
    void aNewLoginDiscoversTheCampaignsServersFromTheCloudAlone(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-discover");
        OpenStackCloud first = cloud(env, false, null, 0, id);
        List<String> names = first.provision(id, FixtureClouds.requests(id, "m3.tiny", 2)).ready().stream()
                .map(InstanceInfo::name).toList();

        OpenStackCloud second = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), results, log);
        List<InstanceInfo> found = second.discover(id);

        assertThat(found).extracting(InstanceInfo::name).containsExactlyInAnyOrderElementsOf(names);
        assertThat(second.discover(CampaignId.fresh("it-other"))).isEmpty();
    }

    @Test
    void theFifthVgpuServerFailsWithNoValidHostIsRetriedThenReportedWithTheFault(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-vgpu");
        OpenStackCloud cloud = cloud(env, false, null, 1, id);
        int slots = env.vgpu().slots();
        MicroversionHttp placement = MicroversionHttp.placement(KeystoneLogin.password(env, env.admin()), "1.20");
        String usages = "/resource_providers/" + env.vgpu().resourceProviderUuid() + "/usages";
        org.awaitility.Awaitility.await("the vGPU slots free of earlier tests' servers")
                .atMost(java.time.Duration.ofMinutes(2)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> placement.get(usages).body().path("usages").path("VGPU").asInt() == 0);

        ProvisionResult result = cloud.provision(id, FixtureClouds.requests(id, env.vgpuFlavors().get(0), slots + 1));

        assertThat(result.ready()).as(() -> "ready servers on " + slots + " slots; the log: " + log
                + "; placement's VGPU usage: " + placement.get(usages).body() + "; allocations: "
                + result.ready().stream().map(i -> i.name() + "=" + placement.get("/allocations/" + i.id()).body())
                .toList()).hasSize(slots);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).contains("No valid host was found");
            assertThat(f.flavor()).isEqualTo(env.vgpuFlavors().get(0));
        });
        assertThat(log).anyMatch(l -> l.contains("ERROR (No valid host was found") && l.contains("booting again"));
        assertThat(cloud.nova().listTagged(Names.tag(id))).as("the failed server is deleted, not left in ERROR")
                .extracting(ServerView::status).containsOnly("ACTIVE");
        assertThat(cloud.teardown(id)).isEmpty();
    }

    @Test
    void affinityPutsTheGroupInOneServerGroupAndAntiAffinityOnOneHostFailsTheSecond(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-groups");
        OpenStackCloud together = cloud(env, false, "affinity", 0, id);
        ProvisionResult packed = together.provision(id, FixtureClouds.requests(id, "m3.tiny", 2));
        var os = OSFactory.clientFromToken(KeystoneLogin.password(env, env.demo()));
        ServerGroup group = os.compute().serverGroups().list().stream()
                .filter(g -> Names.isServerGroupOf(id, g.getName())).findFirst().orElseThrow();

        assertThat(packed.ready()).hasSize(2);
        assertThat(group.getPolicies()).containsExactly("affinity");
        assertThat(group.getMembers()).containsExactlyInAnyOrderElementsOf(
                packed.ready().stream().map(InstanceInfo::id).toList());
        assertThat(together.teardown(id)).isEmpty();

        CampaignId spreadId = CampaignId.fresh("it-spread");
        ProvisionResult spread = cloud(env, false, "anti-affinity", 2, spreadId)
                .provision(spreadId, FixtureClouds.requests(spreadId, "m3.tiny", 2));

        // One compute host: at most one of the two fits. Booted at once, both may pass the scheduler and then
        // lose the late anti-affinity check on the host and be rescheduled until Nova gives up ("Exhausted all
        // hosts available for retrying build failures"), so either one or both fail.
        assertThat(spread.ready()).as("the fixture has one compute host").hasSizeLessThanOrEqualTo(1);
        assertThat(spread.ready().size() + spread.failures().size()).isEqualTo(2);
        assertThat(spread.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.reason())
                .containsAnyOf("No valid host", "nti-affinity", "Exhausted all hosts")
                .contains("the campaign's anti-affinity server group needs a host of its own for each instance"));
        assertThat(log).as("with retries: 2, a server the group leaves no host for is not booted again")
                .noneMatch(l -> l.startsWith(spreadId.value()) && l.contains("booting again"));
    }

    @Test
    void floatingIpsGoToEveryServerWhenTheQuotaAllowsAndAreDeletedWithTheCampaign(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-fip");
        OpenStackCloud cloud = cloud(env, true, null, 0, id);

        ProvisionResult result = cloud.provision(id, FixtureClouds.requests(id, "m3.tiny", 2));

        assertThat(result.ready()).hasSize(2).allSatisfy(i -> {
            assertThat(i.route().address()).startsWith("203.0.113.");
            assertThat(i.route().jump()).isEmpty();
        });
        assertThat(cloud.janitor().count(id).floatingIps()).isEqualTo(2);
        assertThat(cloud.teardown(id)).isEmpty();
        assertThat(cloud.janitor().count(id).floatingIps()).isZero();
    }

    @Test
    void withOneFloatingIpFreeTheFirstServerActiveTakesItAndIsTheJumpHostOfTheOthers(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-jump");
        OpenStackCloud cloud = cloud(env, true, null, 0, id);
        FixtureClouds.Restore quota = FixtureClouds.oneFloatingIpFree(env);
        try {
            List<InstanceInfo> told = new CopyOnWriteArrayList<>();
            ProvisionResult result = cloud.provision(id, FixtureClouds.requests(id, "m3.tiny", 3),
                    ProvisionListener.of(told::add, f -> { }));

            assertThat(result.ready()).hasSize(3);
            assertThat(told).as("each told as it came up").hasSize(3);
            List<InstanceInfo> direct = told.stream().filter(i -> i.route().jump().isEmpty()).toList();
            assertThat(direct).as("one server has the floating IP").hasSize(1);
            InstanceInfo jump = direct.get(0);
            assertThat(jump.route().address()).startsWith("203.0.113.");
            assertThat(told).filteredOn(i -> i != jump).hasSize(2).allSatisfy(i -> {
                assertThat(i.route().address()).startsWith("10.0.0.");
                assertThat(i.route().jump()).contains(new SshRoute.Jump(jump.id(), jump.name(),
                        jump.route().address()));
            });
            assertThat(cloud.janitor().count(id).floatingIps()).isEqualTo(1);
        } finally {
            quota.close();
        }
        assertThat(cloud.teardown(id)).isEmpty();
    }

    @Test
    void aFleetBeyondTheInstanceQuotaIsRefusedBeforeAnythingIsCreated(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-quota");
        OpenStackCloud cloud = cloud(env, false, null, 0, id);

        assertThatThrownBy(() -> cloud.provision(id, FixtureClouds.requests(id, "m3.tiny", 21)))
                .isInstanceOf(VgpubenchException.class)
                .hasMessageContaining("quota exceeded before anything was created")
                .hasMessageContaining("instances: needs 21")
                .satisfies(e -> assertThat(((VgpubenchException) e).kind()).isEqualTo(FailureKind.INFRASTRUCTURE));
        assertThat(cloud.janitor().count(id)).isEqualTo(new Janitor.Counts(0, 0, 0, 0, 0));
    }

    @Test
    void anUnknownFlavorImageOrNetworkIsBadInputNamingEachAndCreatesNothing(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-missing");
        var spec = new io.vgpubench.model.CloudSpec.OpenStack(null, env.region(), "no-such-image", "no-such-net",
                "ubuntu", false, null, 4, 0, null, false);
        OpenStackCloud cloud = FixtureClouds.cloud(env, spec, results, log);

        assertThatThrownBy(() -> cloud.provision(id, FixtureClouds.requests(id, "g9.huge", 1)))
                .isInstanceOf(VgpubenchException.class)
                .hasMessageContaining("image 'no-such-image' (cloud.image)")
                .hasMessageContaining("network 'no-such-net' (cloud.network)")
                .hasMessageContaining("flavor 'g9.huge'")
                .satisfies(e -> assertThat(((VgpubenchException) e).kind()).isEqualTo(FailureKind.BAD_INPUT));
        assertThat(cloud.janitor().count(id)).isEqualTo(new Janitor.Counts(0, 0, 0, 0, 0));
    }

    @Test
    void connectRefusesAServerWhoseConsoleShowsNoHostKeysUnlessTrustOnFirstUseIsAllowed(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-console");
        var bare = new io.vgpubench.model.CloudSpec.OpenStack(null, env.region(), env.imageWithoutCloudInit().name(),
                env.network().privateNetwork(), env.guestUser(), false, null, 4, 0, null, false);
        OpenStackCloud strict = FixtureClouds.cloud(env, bare, results, log);
        cleanups.add(() -> strict.teardown(id));
        InstanceInfo server = strict.provision(id, FixtureClouds.requests(id, "m3.tiny", 1)).ready().get(0);

        assertThatThrownBy(() -> strict.endpoint(id, server))
                .as("an image without cloud-init: the console shows no fingerprints")
                .isInstanceOf(VgpubenchException.class).hasMessageContaining("no SSH host key fingerprints");
        var tofuSpec = new io.vgpubench.model.CloudSpec.OpenStack(null, env.region(), bare.image(),
                env.network().privateNetwork(), env.guestUser(), false, null, 4, 0, null, true);
        var endpoint = FixtureClouds.cloud(env, tofuSpec, results, log).endpoint(id, server);
        assertThat(endpoint.hostKeys()).isInstanceOf(HostKeyPolicy.TrustOnFirstUse.class);
        assertThat(endpoint.host()).isEqualTo(server.route().address());
        assertThat(endpoint.key()).isEqualTo(strict.keyFile(id));
    }

    @Test
    void connectPinsTheHostKeysTheConsoleShowsAndLogsInWithTheCampaignsKey(OpenStackEnv env) {
        CampaignId id = CampaignId.fresh("it-pinned");
        OpenStackCloud cloud = cloud(env, false, null, 0, id);
        InstanceInfo server = cloud.provision(id, FixtureClouds.requests(id, "m3.tiny", 1)).ready().get(0);

        var endpoint = cloud.endpoint(id, server);
        assertThat(endpoint.hostKeys()).as("cloud-init's fingerprint block on the console")
                .isInstanceOfSatisfying(HostKeyPolicy.Pinned.class, p -> assertThat(p.fingerprints())
                        .extracting(io.vgpubench.ssh.Fingerprint::keyType).containsExactly("ed25519", "ecdsa"));
        assertThat(endpoint.user()).isEqualTo(env.guestUser());
        try (var host = cloud.connect(id, server)) {
            assertThat(host.keysTrustedOnFirstUse()).isEmpty();
        }
        assertThat(cloud.teardown(id)).isEmpty();
        assertThat(FixtureCampaigns.guestNamespace(server.id())).as("the server's guest is gone with it").doesNotExist();
    }
}
