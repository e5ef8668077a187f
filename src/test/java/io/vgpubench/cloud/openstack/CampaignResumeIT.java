package io.vgpubench.cloud.openstack;

import static io.vgpubench.cloud.openstack.FixtureCampaigns.GEMM;
import static io.vgpubench.cloud.openstack.FixtureCampaigns.TWO_FLAVORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.openstack.api.ServerView;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.cloud.openstack.fixture.RealOpenStack;
import io.vgpubench.results.SamplesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real campaign ({@code bin/vgpubench run}) on the OpenStack of {@code up.sh}, killed with SIGKILL, then resumed
 * ({@code bin/vgpubench resume}). The fixture's test virt driver gives every server a guest SSH reaches, so resume
 * does the whole job on the servers it finds on the cloud: it boots none anew, takes every sample exactly once,
 * writes the report, and its teardown leaves nothing on the cloud or this machine.
 */
@RealOpenStack
class CampaignResumeIT {
    @TempDir
    Path dir;

    private record Resumed(int exit, String out) {}

    private Resumed resume(FixtureCli cli, Path campaignDir) throws Exception {
        Process resume = cli.start("resume", campaignDir.toString());
        String out = new String(resume.getInputStream().readAllBytes());
        assertThat(resume.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Resumed(resume.exitValue(), out);
    }

    @Test
    void aCampaignKilledAfterProvisioningIsResumedOnTheSameServersToEverySampleAndLeavesNothing(OpenStackEnv env)
            throws Exception {
        FixtureCli cli = new FixtureCli(env, dir, null);
        Path playbook = Files.writeString(dir.resolve("resume.yaml"), FixtureCampaigns.playbook(env, "it-resume", "",
                "- {flavor: g3.small, instances: 2, tasks: [1]}", GEMM, 2));
        OpenStackCloud api = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), dir, new ArrayList<>());
        AtomicReference<CampaignId> id = new AtomicReference<>();
        try {
            Process run = cli.start("run", playbook.toString(), "--results", dir.resolve("results").toString());
            Path campaignDir = FixtureCampaigns.readStart(run, id, new StringBuffer());
            List<String> before = await("the campaign's 2 servers ACTIVE").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500)).until(() -> active(api, id.get()), l -> l.size() == 2);
            run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(api.janitor().count(id.get()).servers()).as("SIGKILL ran no teardown").isEqualTo(2);
            assertThat(Files.readString(campaignDir.resolve("journal.jsonl"))).as("killed after asking for servers"
                    + " (usually inside provisioning, before it journaled them ACTIVE)").contains("\"provision_requested\"");

            Resumed resumed = resume(cli, campaignDir);

            assertThat(resumed.exit()).as(resumed.out()).isZero();
            assertThat(resumed.out()).doesNotContain(env.demo().password());
            assertThat(FixtureCampaigns.provisionRequests(campaignDir)).as("resume booted nothing new").isEqualTo(1);
            assertThat(Files.readString(campaignDir.resolve("journal.jsonl")))
                    .as("resume drove the servers it found on the cloud").contains(before);
            FixtureCampaigns.assertEverySample(campaignDir, 2, 2);
            FixtureCampaigns.assertReport(campaignDir, "g3.small");
            FixtureCampaigns.assertNothingLeft(env, api, id.get(), campaignDir);
        } finally {
            if (id.get() != null) {
                api.teardown(id.get());
            }
        }
    }

    @Test
    void aCampaignKilledMidRunIsResumedToEverySampleOnceWithTheReportAndLeavesNothing(OpenStackEnv env)
            throws Exception {
        FixtureCli cli = new FixtureCli(env, dir, null);
        int repetitions = 6;
        Path playbook = Files.writeString(dir.resolve("mid-run.yaml"), FixtureCampaigns.playbook(env, "it-midrun", "",
                TWO_FLAVORS, GEMM + "\n- {name: memcopy, parameters: {bytes: 1048576}}", repetitions));
        OpenStackCloud api = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), dir, new ArrayList<>());
        AtomicReference<CampaignId> id = new AtomicReference<>();
        try {
            Process run = cli.start("run", playbook.toString(), "--results", dir.resolve("results").toString());
            Path campaignDir = FixtureCampaigns.readStart(run, id, new StringBuffer());
            Path journal = campaignDir.resolve("journal.jsonl");
            await("the first samples stored").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Files.exists(journal) && Journal.read(journal).stream()
                            .anyMatch(e -> e instanceof JournalEntry.SamplesCollected));
            run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int before = SamplesFile.read(campaignDir.resolve("samples.jsonl")).samples().size();
            assertThat(Journal.read(journal)).as("killed mid-run").noneMatch(e -> e instanceof JournalEntry.CampaignFinished);
            assertThat(api.janitor().count(id.get()).servers()).as("SIGKILL ran no teardown").isEqualTo(4);

            Resumed resumed = resume(cli, campaignDir);

            assertThat(resumed.exit()).as(resumed.out()).isZero();
            assertThat(FixtureCampaigns.provisionRequests(campaignDir)).as("resume booted nothing new").isEqualTo(1);
            var samples = FixtureCampaigns.assertEverySample(campaignDir, 4, 2 * repetitions);
            assertThat(samples.size()).as("resume added what the kill left out (%d before)", before)
                    .isGreaterThan(before);
            assertThat(samples).filteredOn(s -> s.workload().equals("memcopy")).hasSize(4 * repetitions);
            FixtureCampaigns.assertReport(campaignDir, "g3.small", "g3.medium");
            assertThat(Journal.read(journal)).last().isInstanceOf(JournalEntry.CampaignFinished.class);
            FixtureCampaigns.assertNothingLeft(env, api, id.get(), campaignDir);
        } finally {
            if (id.get() != null) {
                api.teardown(id.get());
            }
        }
    }

    private static List<String> active(OpenStackCloud api, CampaignId id) {
        return api.nova().listTagged(Names.tag(id)).stream().filter(ServerView::active).map(ServerView::id).toList();
    }
}
