package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.FakeAgent;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.cloud.local.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One controller at a time per campaign, with the real CLI in a child JVM running it. */
class CampaignLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondControllerIsRefusedWhileTheFirstRunsAndTheLockGoesWithTheFirstEvenWhenKilled() throws Exception {
        ChildController child = ChildController.start(dir, FakeAgent.HANG_AFTER_ONE);
        Path campaign = child.awaitHungAgent();
        List<ProcessHandle> agents = ChildController.agentProcesses(campaign);
        int journalLines = Files.readAllLines(campaign.resolve("journal.jsonl")).size();
        String holder = "pid " + child.process.pid() + " on ";

        CliRun resume = CliRun.of("resume", campaign.toString());
        assertThat(resume.exitCode()).as(resume.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(resume.err()).contains("cannot resume campaign " + campaign.getFileName()
                + ": another controller is working on it now (" + holder).contains(", run since ");
        CliRun teardown = CliRun.of("teardown", campaign.toString());
        assertThat(teardown.exitCode()).as(teardown.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(teardown.err()).contains("cannot tear down campaign");
        assertThat(CliRun.of("status", campaign.toString()).out()).contains("a controller is working on it now (" + holder);
        assertThat(agents).allMatch(Processes::running);
        assertThat(Journal.read(campaign.resolve("journal.jsonl"))).as("the refused ones wrote nothing")
                .noneMatch(e -> e instanceof JournalEntry.TeardownRequested);
        assertThat(Files.readAllLines(campaign.resolve("journal.jsonl")).size()).isGreaterThanOrEqualTo(journalLines);

        child.process.destroyForcibly(); // SIGKILL: no hook, no teardown; the OS drops the lock
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(CliRun.of("status", campaign.toString()).out()).contains("no controller is working on it now");
        CliRun after = CliRun.of("teardown", campaign.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(new LocalCloud(child.results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
        assertThat(agents).noneMatch(Processes::running);
    }
}
