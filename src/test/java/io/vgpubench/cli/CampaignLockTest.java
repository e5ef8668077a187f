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

    @Test
    void aCopyOfARunningCampaignsFolderIsRefusedByTeardownAndResumeAndTheRunningAgentsLive() throws Exception {
        ChildController child = ChildController.start(dir, FakeAgent.HANG_AFTER_ONE);
        Path campaign = child.awaitHungAgent();
        List<ProcessHandle> agents = ChildController.agentProcesses(campaign);
        Path sameName = copy(campaign, dir.resolve("copy").resolve(campaign.getFileName()));
        Path otherName = copy(campaign, dir.resolve("copy").resolve("renamed"));
        String journal = Files.readString(sameName.resolve("journal.jsonl"));
        try {
            CliRun sameNameTeardown = CliRun.of("teardown", sameName.toString());
            CliRun sameNameResume = CliRun.of("resume", sameName.toString());
            CliRun otherNameTeardown = CliRun.of("teardown", otherName.toString());

            assertThat(sameNameTeardown.exitCode()).as(sameNameTeardown.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(sameNameTeardown.err()).contains("another controller on this machine holds campaign "
                    + campaign.getFileName());
            assertThat(sameNameResume.exitCode()).as(sameNameResume.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(otherNameTeardown.exitCode()).as(otherNameTeardown.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(otherNameTeardown.err()).contains("the folder is named renamed but its campaign.json names campaign "
                    + campaign.getFileName());
            assertThat(agents).allMatch(Processes::running);
            assertThat(Files.readString(sameName.resolve("journal.jsonl"))).as("nothing written to the copy")
                    .isEqualTo(journal);
        } finally {
            child.process.destroyForcibly();
            child.process.waitFor(30, TimeUnit.SECONDS);
            CliRun.of("teardown", campaign.toString());
        }
        assertThat(agents).noneMatch(Processes::running);
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
        return to;
    }
}
