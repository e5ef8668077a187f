package io.vgpubench.cloud.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.openstack.api.ServerView;
import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import io.vgpubench.cloud.openstack.fixture.RealOpenStack;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real campaign ({@code bin/vgpubench run}) on the OpenStack of {@code up.sh}, killed with SIGKILL once its
 * servers are up, then resumed. What this can show is bounded by the fixture: its fake virt driver's servers
 * have no SSH server and a console without host keys, so every instance fails at connect (no fingerprints,
 * trust on first use not allowed) and no sample is taken. It shows that the kill leaks nothing for good:
 * resume finds the servers from the cloud, boots none anew, and its teardown leaves nothing.
 */
@RealOpenStack
class CampaignResumeIT {
    private static final Pattern STARTED = Pattern.compile("campaign (\\S+) -> (\\S+)");
    @TempDir
    Path dir;

    @Test
    void aCampaignKilledAfterProvisioningIsResumedWithTheSameServersAndLeavesNothing(OpenStackEnv env) throws Exception {
        FixtureCli cli = new FixtureCli(env, dir, "-D" + LaunchSettings.CONSOLE_WAIT_PROPERTY + "=2s");
        Path playbook = Files.writeString(dir.resolve("resume.yaml"), """
                name: it-resume
                cloud: {type: openstack, cloud: fixture, image: %s, network: %s, ssh_user: ubuntu, concurrency: 4}
                baseline: g3.small
                flavors:
                  - {flavor: g3.small, instances: 2, tasks: [1]}
                workloads:
                  - name: gemm
                    parameters: {precision: fp64, m: 64, n: 64, k: 64}
                repetitions: 1
                repetition_time: 50ms
                prepare_time: 500ms
                time_limit: 1m
                teardown: always
                """.formatted(env.image().name(), env.network().privateNetwork()));
        OpenStackCloud api = FixtureClouds.cloud(env, FixtureClouds.spec(env, false, null, 0), dir, new ArrayList<>());
        AtomicReference<CampaignId> id = new AtomicReference<>();
        try {
            Process run = cli.start("run", playbook.toString(), "--results", dir.resolve("results").toString());
            Path campaignDir = readStart(run, id);
            List<String> before = await("the campaign's 2 servers ACTIVE").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500)).until(() -> active(api, id.get()), l -> l.size() == 2);
            run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(api.janitor().count(id.get()).servers()).as("SIGKILL ran no teardown").isEqualTo(2);
            assertThat(Files.readString(campaignDir.resolve("journal.jsonl"))).as("killed after asking for servers"
                    + " (usually inside provisioning, before it journaled them ACTIVE)").contains("\"provision_requested\"");

            Process resume = cli.start("resume", campaignDir.toString());
            String out = new String(resume.getInputStream().readAllBytes());
            assertThat(resume.waitFor(5, TimeUnit.MINUTES)).isTrue();

            assertThat(out).contains("no SSH host key fingerprints").doesNotContain(env.demo().password());
            String journal = Files.readString(campaignDir.resolve("journal.jsonl"));
            assertThat(journal.split("\"provision_requested\"", -1)).as("resume booted nothing new")
                    .hasSize(2);
            assertThat(journal).as("resume drove the servers it found on the cloud").contains(before);
            assertThat(api.janitor().count(id.get())).isEqualTo(new Janitor.Counts(0, 0, 0, 0, 0));
            assertThat(campaignDir.resolve("ssh/id_rsa")).doesNotExist();
        } finally {
            if (id.get() != null) {
                api.teardown(id.get());
            }
        }
    }

    private static Path readStart(Process run, AtomicReference<CampaignId> id) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream()));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                id.set(new CampaignId(m.group(1)));
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Path.of(m.group(2));
            }
        }
        throw new AssertionError("the run printed no 'campaign <id> -> <dir>' line");
    }

    private static List<String> active(OpenStackCloud api, CampaignId id) {
        return api.nova().listTagged(Names.tag(id)).stream().filter(ServerView::active).map(ServerView::id).toList();
    }
}
