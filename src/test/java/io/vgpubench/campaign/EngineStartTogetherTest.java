package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.InstanceState;
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
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synchronized start on the local cloud: a group's agents begin together however long each took to get ready. */
class EngineStartTogetherTest {
    @TempDir
    Path dir;

    @Test
    void membersOfAGroupStartTheirFirstRunTogetherWhenOneAgentTakesTwoSecondsLongerToGetReady() throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), FakeAgent.NORMAL, FakeAgent.SLOW_READY_ON_FIRST);
        Path source = Files.writeString(dir.resolve("p.yaml"), "# built in code\n");
        Playbook playbook = TestPlaybooks.local(source, RunOrder.GROUPED, 1, Duration.ofMinutes(1),
                List.of(new WorkloadSpec("gemm", Map.of())), List.of(new FlavorUnderTest("local", 2, List.of(1))));
        StringWriter log = new StringWriter();
        CampaignOutcome outcome = new CampaignRunner(home, new PrintWriter(log, true), (p, d) -> playbook)
                .run(playbook, TestPlaybooks.flavors(), dir.resolve("results"));

        assertThat(outcome.failedRuns()).as(log.toString()).isEmpty();
        Map<String, Instant> firstStart = SamplesFile.read(outcome.directory().resolve("samples.jsonl")).samples().stream()
                .collect(Collectors.toMap(Sample::instance, Sample::startedAt,
                        (a, b) -> a.isBefore(b) ? a : b));
        assertThat(firstStart).hasSize(2);
        List<Instant> starts = firstStart.values().stream().sorted(Comparator.naturalOrder()).toList();
        // the slow member got ready 2 s after the other; a fixed lead from arrival would show that gap
        assertThat(Duration.between(starts.get(0), starts.get(1))).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void noAgentOfAGroupStartsBeforeEveryMemberIsDeployedSoNoneHoldsTheCardWhileAnotherIsBehind() throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), FakeAgent.NORMAL, "", FakeAgent.SLOW_DEPLOY_ON_FIRST);
        Path source = Files.writeString(dir.resolve("p.yaml"), "# built in code\n");
        Playbook playbook = TestPlaybooks.local(source, RunOrder.GROUPED, 1, Duration.ofMinutes(1),
                List.of(new WorkloadSpec("gemm", Map.of())), List.of(new FlavorUnderTest("local", 2, List.of(1))));
        CampaignOutcome outcome = new CampaignRunner(home, new PrintWriter(new StringWriter(), true), (p, d) -> playbook)
                .run(playbook, TestPlaybooks.flavors(), dir.resolve("results"));

        assertThat(outcome.samples()).isEqualTo(2);
        List<JournalEntry> journal = Journal.read(outcome.directory().resolve("journal.jsonl"));
        Instant lastDeployed = journal.stream().filter(e -> e instanceof JournalEntry.InstanceChanged c
                && c.state() == InstanceState.DEPLOYED).map(JournalEntry::at).max(Comparator.naturalOrder()).orElseThrow();
        Instant firstDeployed = journal.stream().filter(e -> e instanceof JournalEntry.InstanceChanged c
                && c.state() == InstanceState.DEPLOYED).map(JournalEntry::at).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(Duration.between(firstDeployed, lastDeployed)).as("the first instance deployed 2 s behind")
                .isGreaterThan(Duration.ofMillis(1500));
        List<Instant> batchesStarted = journal.stream().filter(e -> e instanceof JournalEntry.BatchStarted)
                .map(JournalEntry::at).toList();
        assertThat(batchesStarted).hasSize(2).allSatisfy(t -> assertThat(t).isAfterOrEqualTo(lastDeployed));
    }
}
