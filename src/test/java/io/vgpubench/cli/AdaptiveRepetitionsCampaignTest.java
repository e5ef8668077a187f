package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SamplesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adaptive repetitions in real campaigns on the local cloud (real CLI, real agent bundle, CPU backend): rounds run
 * until the rule stops, co-runners get the extra repetitions in common slots, the report says where each workload
 * stopped and why, and a controller killed in the middle of a round resumes to the same repetitions.
 */
class AdaptiveRepetitionsCampaignTest {
    private static final String GEMM = "- {name: gemm, parameters: {precision: fp64, m: 128, n: 128, k: 128}}";

    @TempDir
    Path dir;

    @Test
    void aTargetNoIntervalCanMeetRunsToTheMaximumInExtraSlotsForEveryCoRunnerAndTheReportSaysSo() throws Exception {
        Path playbook = Files.writeString(dir.resolve("p.yaml"), CampaignFolders.localPlaybook("adaptive", GEMM,
                "{min: 3, max: 6, target_ci_pct: 0.0001}"));

        CliRun plan = CliRun.of("plan", playbook.toString());
        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(plan.out()).contains("x 3..6 repetition(s)").contains("adaptive: 3 to 6 repetitions per instance,"
                + " until every overhead interval is within ±0.0001% (looks at 3, 6; intervals at 97.5%)");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("adaptive repetitions, look 1: gemm 3 -> 6")
                .contains("adaptive repetitions, look 2: gemm stops at 6");
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(repetitionsByTask(samples)).as("every task, co-runners too, ran 1..6").containsOnlyKeys(
                "local/0", "local.half/0", "local.half/1").allSatisfy((task, reps) ->
                assertThat(reps).isEqualTo(IntStream.rangeClosed(1, 6).boxed().collect(Collectors.toSet())));
        assertThat(samples).filteredOn(s -> s.flavor().equals("local.half") && s.repetition() > 3)
                .as("the extra repetitions of the co-runners sit in common slots").hasSize(2 * 3)
                .allSatisfy(s -> assertThat(s.slotStart()).isNotNull());
        Map<Integer, Set<Integer>> slotsByRepetition = samples.stream().filter(s -> s.flavor().equals("local.half"))
                .collect(Collectors.groupingBy(Sample::repetition, Collectors.mapping(s -> s.slotStart().hashCode(),
                        Collectors.toSet())));
        assertThat(slotsByRepetition).allSatisfy((rep, slots) -> assertThat(slots).as("rep " + rep).hasSize(1));
        assertThat(Journal.read(campaign.resolve("journal.jsonl"))).filteredOn(e -> e instanceof JournalEntry.BatchFinished)
                .extracting(e -> ((JournalEntry.BatchFinished) e).batch()).containsExactlyInAnyOrder("t1", "t2", "t1-a1", "t2-a1");
        assertThat(Files.readString(campaign.resolve("report.md")))
                .contains("each overhead interval is Fieller's at 97.5% (95% split over the 2 looks, Bonferroni)")
                .contains("Overhead intervals (97.50% at each of the 2 looks of adaptive repetitions, so at least 95%"
                        + " where the campaign stopped)")
                .contains("gemm: reached the maximum of 6 repetitions per instance with the widest overhead interval still");
        assertThat(Files.readString(campaign.resolve("campaign.json"))).contains("\"adaptive\"")
                .contains("\"target_ci_pct\"");
        CliRun report = CliRun.of("report", campaign.toString());
        assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
        assertThat(Files.readString(campaign.resolve("report.md"))).as("vgpubench report DIR reads the rule back")
                .contains("gemm: reached the maximum of 6 repetitions per instance");
    }

    @Test
    void aTargetMetAtTheFirstLookStopsThereWithoutAnotherRound() throws Exception {
        // 400 ms repetitions, not the helper's 50 ms: on a busy 2-core machine 50 ms of a CPU GEMM varied by a third
        // (CV 32%), and 5 of them left the interval wider than ±100% (CI, 2026-12-02)
        Path playbook = Files.writeString(dir.resolve("p.yaml"), CampaignFolders.localPlaybook("adaptive", GEMM,
                "{min: 5, max: 10, target_ci_pct: 100}").replace("tasks: [2]", "tasks: [1]")
                .replace("repetition_time: 50ms", "repetition_time: 400ms"));

        CliRun run = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).as(run.out()).contains("adaptive repetitions, look 1: gemm stops at 5");
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        assertThat(repetitionsByTask(SamplesFile.read(campaign.resolve("samples.jsonl")).samples()))
                .containsOnlyKeys("local/0", "local.half/0")
                .allSatisfy((task, reps) -> assertThat(reps).containsExactlyInAnyOrder(1, 2, 3, 4, 5));
        assertThat(Files.readString(campaign.resolve("report.md")))
                .contains("gemm: stopped at 5 repetitions per instance, every overhead interval within ±100%");
    }

    @Test
    void aControllerKilledInAnAdaptiveRoundResumesToTheSameRepetitionsWithEverySampleOnce() throws Exception {
        Path results = dir.resolve("results");
        Path playbook = Files.writeString(dir.resolve("p.yaml"), CampaignFolders.localPlaybook("adaptive", GEMM,
                "{min: 3, max: 6, target_ci_pct: 0.0001}"));
        Process controller = ControllerProcess.run(playbook, results, dir.resolve("controller.log"));
        Path campaign = await("a sample of the first adaptive round").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(20)).until(() -> CampaignFolders.only(results), d -> d != null
                        && Files.exists(d.resolve("samples.jsonl")) && SamplesFile.read(d.resolve("samples.jsonl"))
                        .samples().stream().anyMatch(s -> s.repetition() > 3));
        controller.destroyForcibly().waitFor();

        CliRun resumed = CliRun.of("resume", campaign.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).hasSize(3 * 6).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(repetitionsByTask(samples)).allSatisfy((task, reps) ->
                assertThat(reps).isEqualTo(IntStream.rangeClosed(1, 6).boxed().collect(Collectors.toSet())));
        assertThat(new LocalCloud(results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
        assertThat(KillAndResumeTest.liveProcessesMentioning(campaign)).isEmpty();
    }

    /** The repetitions each task measured, by "flavor/task". */
    private static Map<String, Set<Integer>> repetitionsByTask(List<Sample> samples) {
        return samples.stream().collect(Collectors.groupingBy(s -> s.flavor() + "/" + s.task(),
                Collectors.mapping(Sample::repetition, Collectors.toSet())));
    }
}
