package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SampleStore;
import io.vgpubench.results.SamplesFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller is killed with SIGKILL at a stage of a real campaign on the local cloud (real CLI,
 * real agent bundle), then resumed: every sample is present exactly once and nothing is left running.
 */
class KillAndResumeTest {
    private static final int EXPECTED_SAMPLES = (1 + 2) * 2 * 6; // (local 1 task + local.half 2 tasks) x 2 workloads x 6 reps

    @TempDir
    Path dir;

    enum Stage {
        AFTER_PROVISIONING(j -> j.stream().anyMatch(e -> e instanceof JournalEntry.InstanceChanged c
                && c.state() == InstanceState.ACTIVE)),
        AFTER_DEPLOY(j -> j.stream().anyMatch(e -> e instanceof JournalEntry.InstanceChanged c
                && c.state() == InstanceState.DEPLOYED)),
        /** Agents started, none has sent a sample: they may be waiting for their start signal. */
        AGENTS_STARTED(j -> j.stream().anyMatch(e -> e instanceof JournalEntry.BatchStarted)
                && j.stream().noneMatch(e -> e instanceof JournalEntry.SamplesCollected)),
        MID_RUN(j -> j.stream().anyMatch(e -> e instanceof JournalEntry.SamplesCollected));

        final Predicate<List<JournalEntry>> reached;

        Stage(Predicate<List<JournalEntry>> reached) {
            this.reached = reached;
        }
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void aControllerKilledAtAStageResumesWithEverySampleOnceAndNothingLeft(Stage stage) throws Exception {
        Path results = dir.resolve("results");
        Process controller = startController(results);
        Path campaign = awaitStage(results, stage);
        controller.destroyForcibly().waitFor();

        StringWriter out = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(out, true))
                .execute("resume", campaign.toString());

        assertThat(code).as(out.toString()).isZero();
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(samples).hasSize(EXPECTED_SAMPLES);
        assertThat(new LocalCloud(results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
        assertThat(liveProcessesMentioning(campaign)).isEmpty();
    }

    /**
     * The kill lands mid-write of both files: each ends in a piece of a line. Resume cuts the pieces off before it
     * appends, so every entry and sample it writes reads back, and `vgpubench report DIR` reads the folder.
     */
    @org.junit.jupiter.api.Test
    void aControllerKilledMidWriteOfBothFilesResumesAndReportsWithEveryLineReadable() throws Exception {
        Path results = dir.resolve("results");
        Process controller = startController(results);
        Path campaign = awaitStage(results, Stage.MID_RUN);
        controller.destroyForcibly().waitFor();
        Path journal = campaign.resolve("journal.jsonl");
        Path samples = campaign.resolve("samples.jsonl");
        String lastSample = Files.readAllLines(samples).get(0);
        Files.writeString(journal, "{\"type\":\"samples_collected\",\"at\":\"2026-", StandardOpenOption.APPEND);
        Files.writeString(samples, lastSample.substring(0, lastSample.length() / 2), StandardOpenOption.APPEND);

        CliRun resumed = CliRun.of("resume", campaign.toString());
        CliRun report = CliRun.of("report", campaign.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
        SamplesFile.Content content = SamplesFile.read(samples);
        assertThat(content.samples()).hasSize(EXPECTED_SAMPLES).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(content.warnings()).isEmpty();
        assertThat(Files.readString(samples)).endsWith("\n");
        assertThat(Journal.read(journal)).last().isInstanceOf(JournalEntry.CampaignFinished.class);

        Files.writeString(samples, Files.readAllLines(samples).get(0) + "\n", StandardOpenOption.APPEND);
        CliRun status = CliRun.of("status", campaign.toString());
        CliRun again = CliRun.of("report", campaign.toString());
        assertThat(status.out()).contains("samples " + EXPECTED_SAMPLES)
                .contains("1 exact duplicate sample line(s) in samples.jsonl dropped");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(Files.readString(campaign.resolve("report.md"))).contains("1 exact duplicate sample line(s) dropped");
    }

    @org.junit.jupiter.api.Test
    void aControllerStoppedWithSigtermTearsDownBeforeItExits() throws Exception {
        Path results = dir.resolve("results");
        Process controller = startController(results);
        Path campaign = awaitStage(results, Stage.MID_RUN);
        controller.destroy(); // SIGTERM
        assertThat(controller.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(controller.exitValue()).as("128 + SIGTERM, after the teardown in the shutdown hook").isEqualTo(143);

        List<JournalEntry> journal = Journal.read(campaign.resolve("journal.jsonl"));
        assertThat(journal).anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.TeardownDone.class));
        assertThat(new LocalCloud(results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
        assertThat(liveProcessesMentioning(campaign)).isEmpty();
        assertThat(SamplesFile.read(campaign.resolve("samples.jsonl")).samples()).isNotEmpty()
                .extracting(Sample::key).doesNotHaveDuplicates();
    }

    private Path awaitStage(Path results, Stage stage) {
        return ControllerProcess.awaitJournal(results, stage.reached);
    }

    private Process startController(Path results) throws Exception {
        Path playbook = Files.writeString(dir.resolve("tiny.yaml"), CampaignFolders.localPlaybook("killed", """
                - {name: gemm, parameters: {precision: fp64, m: 192, n: 192, k: 192}}
                - {name: vgg16, parameters: {batch: 1, scale: 16}}""", 6));
        return ControllerProcess.run(playbook, results, dir.resolve("controller.log"));
    }

    static List<ProcessHandle> liveProcessesMentioning(Path root) {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(ProcessHandle::isAlive).filter(p -> p.info().arguments()
                    .map(a -> String.join(" ", a).contains(root.toString())).orElse(false)).toList();
        }
    }
}
