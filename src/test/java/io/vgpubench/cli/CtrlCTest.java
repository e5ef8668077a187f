package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.campaign.FakeAgent;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.cloud.local.Processes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) sent to the real CLI in a child JVM running a campaign on the local cloud, with a fake
 * agent that hangs after its first run. Where the agent also ignores SIGTERM, the local cloud's kill
 * waits out its grace period, so teardown is slow the way a hung cloud makes it slow.
 */
class CtrlCTest {
    @TempDir
    Path dir;
    private ChildController child;

    @Test
    void aSingleCtrlCTearsDownAndExitsWith130() throws Exception {
        child = ChildController.start(dir, FakeAgent.HANG_AFTER_ONE);
        Process controller = child.process;
        Path campaign = child.awaitHungAgent();
        List<ProcessHandle> agents = ChildController.agentProcesses(campaign);

        interrupt(controller);

        assertThat(controller.waitFor(60, TimeUnit.SECONDS)).as(child.output()).isTrue();
        assertThat(controller.exitValue()).as(child.output()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(child.output()).contains("interrupted: stopping runs and tearing down; press Ctrl-C again to abort the"
                + " teardown").contains("tearing down (interrupted (signal))");
        assertThat(Journal.read(campaign.resolve("journal.jsonl")))
                .anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.TeardownDone.class))
                .noneSatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.TeardownAborted.class));
        assertThat(agents).noneMatch(Processes::running);
        assertThat(new LocalCloud(child.results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
    }

    @Test
    void aSecondCtrlCAbortsASlowTeardownAtOnceSayingWhatIsLeftAndTeardownThenRemovesIt() throws Exception {
        child = ChildController.start(dir, FakeAgent.IGNORE_TERM_AND_HANG_AFTER_ONE);
        Process controller = child.process;
        Path campaign = child.awaitHungAgent();
        List<ProcessHandle> agents = ChildController.agentProcesses(campaign);
        interrupt(controller);
        await().atMost(Duration.ofSeconds(30)).until(() -> child.output().contains("tearing down (interrupted (signal))"));

        interrupt(controller);
        assertThat(controller.waitFor(3, TimeUnit.SECONDS)).as(child.output()).isTrue();

        // the teardown was cut short: the agents it was giving 5 s to stop after SIGTERM are still there
        assertThat(controller.exitValue()).as(child.output()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(agents).isNotEmpty().allMatch(Processes::running);
        List<String> instances = requestedInstances(campaign);
        assertThat(instances).hasSize(2);
        assertThat(child.output()).contains("TEARDOWN ABORTED; what may be left:")
                .contains(instances.stream().map(i -> "local instance " + i + " and its agent processes").toList())
                .contains("remove what is left with: vgpubench teardown " + campaign);
        assertThat(Journal.read(campaign.resolve("journal.jsonl"))).anySatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(JournalEntry.TeardownAborted.class,
                        a -> assertThat(a.instances()).isEqualTo(instances.stream().sorted().toList())));

        CliRun status = CliRun.of("status", campaign.toString());
        assertThat(status.out()).contains("teardown ABORTED by a second Ctrl-C; may be left: "
                + String.join(", ", instances.stream().sorted().toList())
                + "; remove what is left with: vgpubench teardown " + campaign);

        CliRun teardown = CliRun.of("teardown", campaign.toString());
        assertThat(teardown.exitCode()).as(teardown.out() + teardown.err()).isZero();
        assertThat(teardown.out()).contains("nothing left of " + campaign.getFileName());
        assertThat(agents).noneMatch(Processes::running);
        assertThat(new LocalCloud(child.results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
        for (String i : instances) {
            assertThat(campaign.resolve("instances").resolve(i).resolve("agent")).doesNotExist();
        }
        assertThat(CliRun.of("status", campaign.toString()).out()).contains("torn down, nothing left");
    }

    private static List<String> requestedInstances(Path campaign) {
        return Journal.read(campaign.resolve("journal.jsonl")).stream()
                .filter(e -> e instanceof JournalEntry.ProvisionRequested)
                .flatMap(e -> ((JournalEntry.ProvisionRequested) e).instances().stream()).toList();
    }

    private static void interrupt(Process controller) throws Exception {
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(controller.pid())).start().waitFor()).isZero();
    }

}
