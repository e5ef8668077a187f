package io.vgpubench.cloud.openstack;

import static io.vgpubench.cloud.openstack.FixtureCampaigns.GEMM;
import static io.vgpubench.cloud.openstack.FixtureCampaigns.TWO_FLAVORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.cloud.openstack.fixture.RealOpenStack;
import io.vgpubench.contract.event.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole campaigns ({@code bin/vgpubench run}, its own process, logging in through clouds.yaml) on the OpenStack of
 * {@code up.sh}, whose test virt driver gives each server a guest SSH reaches: the host key pinned from the console,
 * the agent deployed, every sample taken on the CPU backend, the report written, and nothing left on the cloud or
 * this machine.
 */
@RealOpenStack
class OpenStackCampaignIT {
    @TempDir
    Path dir;

    private record Finished(CampaignId id, Path folder, int exit, String out) {}

    private Finished run(OpenStackEnv env, OpenStackCloud api, String playbook, List<CampaignId> started)
            throws Exception {
        Path file = Files.writeString(dir.resolve("campaign.yaml"), playbook);
        Process run = new FixtureCli(env, dir, null).start("run", file.toString(), "--results",
                dir.resolve("results").toString());
        AtomicReference<CampaignId> id = new AtomicReference<>();
        StringBuffer out = new StringBuffer();
        try {
            Path folder = FixtureCampaigns.readStart(run, id, out);
            started.add(id.get());
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the campaign ends within 5 minutes:\n%s", out).isTrue();
            run.getInputStream().close();
            return new Finished(id.get(), folder, run.exitValue(), out.toString());
        } finally {
            run.destroyForcibly();
        }
    }

    @Test
    void aCampaignOfTwoVgpuFlavorsTakesEverySampleOnItsServersWritesTheReportAndLeavesNothing(OpenStackEnv env)
            throws Exception {
        OpenStackCloud api = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), dir, new ArrayList<>());
        List<CampaignId> started = new ArrayList<>();
        try {
            Finished c = run(env, api, FixtureCampaigns.playbook(env, "it-campaign", "", TWO_FLAVORS, GEMM, 3), started);

            assertThat(c.exit()).as(c.out()).isZero();
            assertThat(c.out()).doesNotContain("trusted on first use").doesNotContain(env.demo().password());
            List<Sample> samples = FixtureCampaigns.assertEverySample(c.folder(), 4, 3);
            assertThat(samples).allSatisfy(s -> {
                assertThat(s.instance()).startsWith(c.id().value() + "-g3-");
                assertThat(s.backend()).isEqualTo("cpu");
            });
            assertThat(samples).extracting(Sample::flavor).containsOnly("g3.small", "g3.medium");
            assertThat(samples).filteredOn(s -> s.flavor().equals("g3.medium")).hasSize(2 * 3);
            FixtureCampaigns.assertReport(c.folder(), "g3.small", "g3.medium");
            assertThat(FixtureCampaigns.serverIds(c.folder())).as("one boot per instance").hasSize(4);
            FixtureCampaigns.assertNothingLeft(env, api, c.id(), c.folder());
        } finally {
            started.forEach(api::teardown);
        }
    }

    @Test
    void withOneFloatingIpFreeOneServerIsTheJumpHostAndEveryServerTakesItsSamplesThroughIt(OpenStackEnv env)
            throws Exception {
        OpenStackCloud api = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), dir, new ArrayList<>());
        FixtureClouds.Restore quota = FixtureClouds.oneFloatingIpFree(env);
        List<CampaignId> started = new ArrayList<>();
        Map<String, String> logins = new ConcurrentHashMap<>();
        try {
            Path file = Files.writeString(dir.resolve("campaign.yaml"), FixtureCampaigns.playbook(env, "it-jump",
                    ", floating_ip: true", TWO_FLAVORS, GEMM, 4));
            Process run = new FixtureCli(env, dir, null).start("run", file.toString(), "--results",
                    dir.resolve("results").toString());
            AtomicReference<CampaignId> id = new AtomicReference<>();
            StringBuffer out = new StringBuffer();
            Path folder = FixtureCampaigns.readStart(run, id, out);
            started.add(id.get());
            // while the servers live: where each guest's sshd saw the campaign's logins come from
            await("every server's sshd logged a login").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        for (String server : FixtureCampaigns.serverIds(folder)) {
                            Path log = FixtureCampaigns.guestFolder(server).resolve("sshd.log");
                            Matcher m = Files.exists(log) ? ACCEPTED.matcher(Files.readString(log)) : null;
                            if (m != null && m.find()) {
                                logins.putIfAbsent(server, m.group(1));
                            }
                        }
                        return logins.size() == 4 || !run.isAlive();
                    });
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).as(out.toString()).isTrue();

            assertThat(run.exitValue()).as(out.toString()).isZero();
            assertThat(logins).as("a login on every server, seen by its sshd").hasSize(4);
            assertThat(logins.values()).as("one server is reached from the controller (10.0.0.1, the host's side)")
                    .containsOnlyOnce("10.0.0.1");
            String jumpFixedIp = logins.values().stream().filter(a -> !a.equals("10.0.0.1")).findFirst().orElseThrow();
            assertThat(logins.values()).as("the other 3 through the jump host: their sshd sees its fixed IP")
                    .filteredOn(a -> !a.equals("10.0.0.1")).hasSize(3).containsOnly(jumpFixedIp);
            FixtureCampaigns.assertEverySample(folder, 4, 4);
            FixtureCampaigns.assertReport(folder, "g3.small", "g3.medium");
            FixtureCampaigns.assertNothingLeft(env, api, id.get(), folder);
        } finally {
            quota.close();
            started.forEach(api::teardown);
        }
    }

    /** sshd's line for a login with the campaign's key: {@code Accepted publickey for vgpubench from 10.0.0.1 port}. */
    private static final Pattern ACCEPTED = Pattern.compile("Accepted publickey for \\S+ from (\\S+) port");

    @Test
    void sixVgpuServersOnFourSlotsLoseTwoToNoValidHostAndTheRestOfTheCampaignGoesOnAndReportsThem(OpenStackEnv env)
            throws Exception {
        OpenStackCloud api = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), dir, new ArrayList<>());
        List<CampaignId> started = new ArrayList<>();
        assertThat(env.vgpu().slots()).as("the fixture's VGPU slots").isEqualTo(4);
        try {
            Finished c = run(env, api, FixtureCampaigns.playbook(env, "it-novalid", ", retries: 0", """
                    - {flavor: g3.small, instances: 3, tasks: [1]}
                    - {flavor: g3.medium, instances: 3, tasks: [1]}
                    """, GEMM, 2), started);

            assertThat(c.exit()).as("runs failed: exit 1\n%s", c.out()).isEqualTo(1);
            List<String> failed = c.out().lines().filter(l -> l.startsWith("failed: ")).toList();
            // two of six cannot have a slot (the fixture's placement commits reads, so no concurrent claim takes a fifth)
            assertThat(failed).as(c.out()).hasSize(2).allSatisfy(l -> assertThat(l)
                    .matches("failed: " + c.id().value() + "-g3-(small|medium)-[123]: not provisioned: No valid host"
                            + " was found.*"));
            List<String> lost = failed.stream().map(l -> l.substring("failed: ".length(), l.indexOf(':', 8))).toList();
            List<Sample> samples = FixtureCampaigns.assertEverySample(c.folder(), 4, 2);
            assertThat(samples).extracting(Sample::instance).doesNotContainAnyElementsOf(lost);
            for (String flavor : List.of("g3.small", "g3.medium")) {
                String slug = c.id().value() + "-" + flavor.replace('.', '-') + "-";
                long survivors = samples.stream().filter(s -> s.flavor().equals(flavor)).map(Sample::instance)
                        .distinct().count();
                assertThat(survivors + lost.stream().filter(n -> n.startsWith(slug)).count())
                        .as("%s: instances with every sample plus those lost", flavor).isEqualTo(3);
            }
            String report = Files.readString(c.folder().resolve("report.md"));
            for (String l : lost) {
                assertThat(report.substring(report.indexOf("## Failures"))).as("report.md names the lost instances")
                        .contains(l + ": not provisioned: No valid host was found");
            }
            assertThat(report).as("the report says which flavor lost instances")
                    .containsPattern("flavor g3\\.(small|medium) lost [12] of its 3 instance\\(s\\)");
            assertThat(Files.readString(c.folder().resolve("overlap.csv")))
                    .as("the survivors' co-runners are the survivors: none waits for a lost one")
                    .doesNotContain("co-runner-missing");
            FixtureCampaigns.assertReport(c.folder(), "g3.small", "g3.medium");
            FixtureCampaigns.assertNothingLeft(env, api, c.id(), c.folder());
        } finally {
            started.forEach(api::teardown);
        }
    }
}
