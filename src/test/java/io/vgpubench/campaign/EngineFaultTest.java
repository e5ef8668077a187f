package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.RunOrder;
import io.vgpubench.model.WorkloadSpec;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SampleStore;
import io.vgpubench.results.SamplesFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on the local cloud with agents that crash or hang: nothing lost, nothing leaked. */
class EngineFaultTest {
    @TempDir
    Path dir;
    private final StringWriter log = new StringWriter();

    private CampaignOutcome run(String hook, Duration timeLimit) throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), hook);
        Path source = Files.writeString(dir.resolve("p.yaml"), "# built in code\n");
        Playbook playbook = TestPlaybooks.local(source, RunOrder.INTERLEAVED, 2, timeLimit,
                List.of(new WorkloadSpec("gemm", Map.of()), new WorkloadSpec("memcopy", Map.of())),
                List.of(new FlavorUnderTest("local", 1, List.of(1)), new FlavorUnderTest("local.half", 1, List.of(2))));
        CampaignRunner runner = new CampaignRunner(home, new PrintWriter(log, true), (p, d) -> playbook);
        return runner.run(playbook, TestPlaybooks.flavors(), dir.resolve("results"));
    }

    @Test
    void aCleanCampaignCollectsEverySampleOnceAndLeavesNoInstance() throws Exception {
        CampaignOutcome outcome = run(FakeAgent.NORMAL, Duration.ofMinutes(1));
        // local: 1 task × 4 runs; local.half: 2 tasks × 4 runs
        assertThat(outcome.samples()).isEqualTo(12);
        assertThat(outcome.failedRuns()).isEmpty();
        List<Sample> samples = SamplesFile.read(outcome.directory().resolve("samples.jsonl")).samples();
        assertThat(samples).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(samples).filteredOn(s -> s.flavor().equals("local.half")).extracting(Sample::repetition)
                .containsOnly(1, 2);
        assertThat(new LocalCloud(dir.resolve("results")).discover(new CampaignId(outcome.campaignId()))).isEmpty();
    }

    @Test
    void aFlavorRunAtOneAndAtTwoTasksKeepsTheSamplesOfBothBatches() throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), FakeAgent.NORMAL);
        Playbook playbook = TestPlaybooks.local(Files.writeString(dir.resolve("p.yaml"), "# built in code\n"),
                RunOrder.INTERLEAVED, 2, Duration.ofMinutes(1), List.of(new WorkloadSpec("gemm", Map.of())),
                List.of(new FlavorUnderTest("local", 1, List.of(1, 2))));
        CampaignOutcome outcome = new CampaignRunner(home, new PrintWriter(log, true), (p, d) -> playbook)
                .run(playbook, TestPlaybooks.flavors(), dir.resolve("results"));

        // 2 runs at 1 task + 2 runs on each of 2 tasks; the batches' run ids are the same
        assertThat(outcome.samples()).isEqualTo(6);
        assertThat(SamplesFile.read(outcome.directory().resolve("samples.jsonl")).samples()).extracting(Sample::tasks)
                .containsOnly(1, 2).filteredOn(t -> t == 2).hasSize(4);
    }

    @Test
    void anAgentThatCrashesKeepsItsSamplesIsReportedAndTornDown() throws Exception {
        CampaignOutcome outcome = run(FakeAgent.CRASH_AFTER_TWO, Duration.ofMinutes(1));
        assertThat(outcome.failedRuns()).isNotEmpty()
                .allSatisfy(f -> assertThat(f).contains("agent exited with code 137 before finishing"));
        assertThat(outcome.samples()).isEqualTo(6); // two runs on each of three agent processes
        assertThat(new LocalCloud(dir.resolve("results")).discover(new CampaignId(outcome.campaignId()))).isEmpty();
    }

    @Test
    void failuresAreJournaledSoTheReportRedoneFromTheFolderAndAResumedRunsReportStillHaveThem() throws Exception {
        CampaignOutcome outcome = run(FakeAgent.CRASH_AFTER_TWO, Duration.ofMinutes(1));
        assertThat(outcome.failedRuns()).isNotEmpty();

        assertThat(io.vgpubench.report.source.Inputs.campaign(outcome.directory(), null).failures())
                .containsExactlyElementsOf(outcome.failedRuns());
        Path home = dir.resolve("home");
        Playbook playbook = TestPlaybooks.local(dir.resolve("p.yaml"), RunOrder.INTERLEAVED, 2, Duration.ofMinutes(1),
                List.of(new WorkloadSpec("gemm", Map.of()), new WorkloadSpec("memcopy", Map.of())),
                List.of(new FlavorUnderTest("local", 1, List.of(1)), new FlavorUnderTest("local.half", 1, List.of(2))));
        CampaignOutcome resumed = new CampaignRunner(home, new PrintWriter(log, true), (p, d) -> playbook)
                .resume(outcome.directory());
        assertThat(resumed.failedRuns()).containsExactlyElementsOf(outcome.failedRuns());
        assertThat(resumed.samples()).isEqualTo(outcome.samples());
    }

    @Test
    void aBatchJournaledAsStartedWhoseAgentsNeverStartedIsStartedOnResume() throws Exception {
        CampaignOutcome first = run(FakeAgent.NORMAL, Duration.ofMinutes(1));
        // the controller "died" right after journaling the first batch's start, before starting its agents
        Path journal = first.directory().resolve("journal.jsonl");
        List<String> lines = Files.readAllLines(journal);
        int cut = 0;
        while (!lines.get(cut).contains("\"type\":\"batch_started\"")) {
            cut++;
        }
        Files.write(journal, lines.subList(0, cut + 1));
        Files.delete(first.directory().resolve("samples.jsonl"));
        try (Stream<Path> runs = Files.find(first.directory().resolve("instances"), 2,
                (p, a) -> p.getFileName().toString().equals("runs"))) {
            for (Path r : runs.toList()) {
                try (Stream<Path> files = Files.walk(r)) { // no agent of the batch ever ran
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }

        Playbook playbook = TestPlaybooks.local(dir.resolve("p.yaml"), RunOrder.INTERLEAVED, 2, Duration.ofMinutes(1),
                List.of(new WorkloadSpec("gemm", Map.of()), new WorkloadSpec("memcopy", Map.of())),
                List.of(new FlavorUnderTest("local", 1, List.of(1)), new FlavorUnderTest("local.half", 1, List.of(2))));
        CampaignOutcome resumed = new CampaignRunner(dir.resolve("home"), new PrintWriter(log, true), (p, d) -> playbook)
                .resume(first.directory());

        assertThat(resumed.failedRuns()).as(log.toString()).isEmpty();
        assertThat(resumed.samples()).isEqualTo(12);
        assertThat(log.toString()).contains("was journaled but never started");
    }

    @Test
    void anAgentThatFallsSilentIsRecordedAsAHangKilledAndTornDown() throws Exception {
        CampaignOutcome outcome = run(FakeAgent.HANG_AFTER_ONE, Duration.ofSeconds(2));
        assertThat(outcome.failedRuns()).hasSize(3).allSatisfy(f -> assertThat(f).contains("hang: no output"));
        assertThat(outcome.samples()).isEqualTo(3);
        assertThat(new LocalCloud(dir.resolve("results")).discover(new CampaignId(outcome.campaignId()))).isEmpty();
        assertThat(agentProcessesUnder(dir)).isEmpty();
    }

    /** Live processes whose command line points into this test's folder. */
    static List<ProcessHandle> agentProcessesUnder(Path root) {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(root.toString()))
                    .orElse(false)).filter(ProcessHandle::isAlive).toList();
        }
    }
}
