package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.cloud.openstack.fixture.RealOpenStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI ({@code bin/vgpubench}, a separate process, logging in through a clouds.yaml named by
 * OS_CLIENT_CONFIG_FILE with the password in the secure.yaml beside it) against the OpenStack of {@code up.sh}:
 * plan's read-only cloud check, {@code flavors --cloud} and {@code gc}.
 */
@RealOpenStack
class CliOpenStackIT {
    @TempDir
    Path dir;
    private OpenStackEnv env;
    private FixtureCli cli;

    @BeforeEach
    void cloudsYaml(OpenStackEnv fixture) throws Exception {
        env = fixture;
        cli = new FixtureCli(env, dir, null);
    }

    private record Run(int exit, String out) {}

    private Run vgpubench(String... args) throws Exception {
        Process p = cli.start(args);
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private Path playbook(String flavors) throws Exception {
        return Files.writeString(dir.resolve("fixture.yaml"), """
                name: fixture-plan
                cloud:
                  type: openstack
                  cloud: fixture
                  image: %s
                  network: %s
                  ssh_user: ubuntu
                  floating_ip: true
                baseline: g3.xl
                flavors:
                %s
                workloads:
                  - name: gemm
                    parameters: {precision: fp64, m: 256, n: 256, k: 256}
                repetitions: 3
                repetition_time: 50ms
                prepare_time: 500ms
                time_limit: 5m
                """.formatted(env.image().name(), env.network().privateNetwork(), flavors));
    }

    @Test
    void planChecksTheCloudReadOnlyAndSaysTheFleetFits() throws Exception {
        Path playbook = playbook("""
                  - {flavor: g3.xl, instances: 1, tasks: [1]}
                  - {flavor: g3.small, instances: 2, tasks: [1]}
                """);

        Run plan = vgpubench("plan", playbook.toString());

        assertThat(plan.exit()).as(plan.out()).isZero();
        assertThat(plan.out()).contains("On the cloud (read only):")
                .contains("flavor g3.small -> g3.small: 4 vCPU, 15360 MB RAM, 60 GB disk, 1 vGPU, x2")
                .contains("vGPUs the fleet asks the scheduler for: 3")
                .contains("fits   instances: needs 3").contains("fits   cores: needs 40")
                .contains("SSH: a floating IP for each of the 3 instances")
                .contains("fits   floating IPs: needs 3")
                .doesNotContain(env.demo().password());
    }

    @Test
    void planWarnsThatAnAntiAffinityGroupNeedsAHostPerInstance() throws Exception {
        Path playbook = Files.writeString(dir.resolve("spread.yaml"), Files.readString(playbook("""
                  - {flavor: g3.xl, instances: 1, tasks: [1]}
                  - {flavor: g3.small, instances: 3, tasks: [1]}
                """)).replace("  floating_ip: true\n", "  floating_ip: true\n  server_group: anti-affinity\n"));

        Run plan = vgpubench("plan", playbook.toString());

        assertThat(plan.exit()).as(plan.out()).isZero();
        assertThat(plan.out()).contains("server group anti-affinity: the 3 instances of g3.small each need a host of"
                + " their own; where the cloud has fewer hosts able to take them, the rest fail with NoValidHost (and"
                + " are not retried)");
    }

    @Test
    void planNamesTheQuotaAFleetExceedsAndExits3() throws Exception {
        Run plan = vgpubench("plan", playbook("  - {flavor: g3.xl, instances: 9, tasks: [1]}\n").toString());

        assertThat(plan.exit()).as(plan.out()).isEqualTo(3);
        assertThat(plan.out()).contains("EXCEEDS cores: needs 288, ").contains("DOES NOT FIT: quota: cores: needs 288")
                .contains("fits   instances: needs 9");
    }

    @Test
    void flavorsListsTheCloudsGpuFlavorsBesideTheCatalog() throws Exception {
        Run flavors = vgpubench("flavors", "--cloud", "fixture");

        assertThat(flavors.exit()).as(flavors.out()).isZero();
        assertThat(flavors.out()).contains("CLOUD FLAVOR").contains("VGPU").doesNotContain("m3.tiny");
        assertThat(flavors.out().lines().filter(l -> l.startsWith("g3.")))
                .hasSize(4).anySatisfy(l -> assertThat(l).matches("g3\\.small\\s+4\\s+15\\s+60\\s+1\\s+-\\s+g3\\.small.*"));
    }

    @Test
    void gcDeletesAnOldCampaignsLeftoversFoundFromTheCloudAloneAndKeepsAYoungOne() throws Exception {
        CampaignId old = new CampaignId("it-gc-20260101t0000-" + String.format("%04x", (int) (Math.random() * 0xffff)));
        CampaignId young = CampaignId.fresh("it-gc-young");
        OpenStackCloud cloud = FixtureClouds.cloud(env, FixtureClouds.spec(env, true, "affinity", 0), dir.resolve("r"),
                new ArrayList<>());
        try {
            assertThat(cloud.provision(old, FixtureClouds.requests(old, "m3.tiny", 2)).ready()).hasSize(2);
            assertThat(cloud.provision(young, FixtureClouds.requests(young, "m3.tiny", 1)).ready()).hasSize(1);

            Run gc = vgpubench("gc", "--cloud", "fixture", "--older-than", "6h", "--yes", "--results",
                    dir.resolve("elsewhere").toString());

            assertThat(gc.exit()).as(gc.out()).isZero();
            assertThat(gc.out()).contains(old.value() + " (started 2026-01-01T00:00:00Z):")
                    .contains("server " + old.value() + "-m3-tiny-1 (ACTIVE)").contains("key pair " + old.value() + "-key")
                    .contains("security group " + old.value() + "-ssh").contains("server group " + old.value() + "-sg-")
                    .contains("floating IP 203.0.113.").contains(old.value() + ": deleted")
                    .contains("keeping " + young.value());
            assertThat(cloud.janitor().count(old)).isEqualTo(new Janitor.Counts(0, 0, 0, 0, 0));
            assertThat(cloud.janitor().count(young).servers()).isEqualTo(1);
        } finally {
            cloud.teardown(old);
            cloud.teardown(young);
        }
    }

    @Test
    void gcWithoutYesAsksAndAnEmptyAnswerDeletesNothing() throws Exception {
        CampaignId old = new CampaignId("it-gc-20260101t0000-" + String.format("%04x", (int) (Math.random() * 0xffff)));
        OpenStackCloud cloud = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), dir.resolve("r"),
                new ArrayList<>());
        try {
            cloud.provision(old, FixtureClouds.requests(old, "m3.tiny", 1));

            Run gc = vgpubench("gc", "--cloud", "fixture");

            assertThat(gc.out()).contains(old.value()).contains("[y/N]").contains("nothing deleted");
            assertThat(cloud.janitor().count(old).servers()).isEqualTo(1);
        } finally {
            cloud.teardown(old);
        }
    }
}
