package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.VgpubenchException;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.ProvisionListener;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.RunOrder;
import io.vgpubench.model.TeardownPolicy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a cloud whose instances come up one by one (the local cloud's instances, told to the engine as
 * a script says, not sharing one device): an instance's driver starts as soon as its instance is ACTIVE, a
 * member that fails provisioning leaves its group's start gate, and every sample still arrives exactly once.
 */
@Timeout(120) // a start gate waiting for a member that never comes would hang the test
class EnginePipelineTest {
    private static final String NO_VALID_HOST = "No valid host was found. There are not enough hosts available.";
    @TempDir
    Path dir;

    /** What one provision call of the script can do: bring instances up, fail them, watch the journal. */
    private static final class Steps {
        private final LocalCloud local;
        private final CampaignId campaign;
        private final List<InstanceRequest> requests;
        private final ProvisionListener listener;
        private final Path journal;
        private final List<InstanceInfo> ready = new ArrayList<>();
        private final List<ProvisionResult.ProvisionFailure> failures = new ArrayList<>();

        Steps(LocalCloud local, Path results, CampaignId campaign, List<InstanceRequest> requests,
              ProvisionListener listener) {
            this.local = local;
            this.campaign = campaign;
            this.requests = requests;
            this.listener = listener;
            this.journal = results.resolve(campaign.value()).resolve("journal.jsonl");
        }

        private InstanceRequest request(String suffix) {
            return requests.stream().filter(r -> r.name().endsWith(suffix)).findFirst().orElseThrow();
        }

        /** Creates the instance and tells the engine it is ACTIVE. */
        void up(String suffix) {
            InstanceInfo info = create(suffix);
            ready.add(info);
            listener.ready(info);
        }

        /** Creates the instance without telling the engine (the API fails before it can). */
        InstanceInfo create(String suffix) {
            return local.provision(campaign, List.of(request(suffix))).ready().get(0);
        }

        void fail(String suffix, String reason) {
            ProvisionResult.ProvisionFailure f = new ProvisionResult.ProvisionFailure(request(suffix).name(),
                    request(suffix).flavor().name(), reason);
            failures.add(f);
            listener.failed(f);
        }

        /** Waits until the journal shows the instance in {@code state} (at most 20 s, then goes on regardless). */
        void awaitJournal(String suffix, InstanceState state) {
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline) && Journal.read(journal).stream().noneMatch(e ->
                    e instanceof JournalEntry.InstanceChanged c && c.instance().endsWith(suffix)
                            && c.state() == state)) {
                sleep(50);
            }
        }
    }

    /** The local cloud, its instances told to the engine as {@code script} says and not sharing one device. */
    private static final class ScriptedCloud extends LocalBackedCloud {
        private final Path results;
        private final Consumer<Steps> script;
        final List<List<String>> requested = new CopyOnWriteArrayList<>();

        ScriptedCloud(Path results, Consumer<Steps> script) {
            super(new LocalCloud(results));
            this.results = results;
            this.script = script;
        }

        @Override
        public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests) {
            return provision(campaign, requests, ProvisionListener.NONE);
        }

        @Override
        public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests,
                                         ProvisionListener listener) {
            requested.add(requests.stream().map(InstanceRequest::name).toList());
            Steps steps = new Steps(local, results, campaign, requests, listener);
            script.accept(steps);
            return new ProvisionResult(steps.ready, steps.failures);
        }
    }

    /**
     * One instance of "local" (1 task: 4 samples) and three of "local.half" (a group of three that starts its batch
     * together: 2 tasks, 8 samples an instance).
     */
    private Playbook playbook(TeardownPolicy teardown) throws Exception {
        Playbook p = TestPlaybooks.local(Files.writeString(dir.resolve("p.yaml"), "# built in code\n"),
                RunOrder.INTERLEAVED, 2, Duration.ofMinutes(1),
                List.of(new WorkloadSpec("gemm", Map.of()), new WorkloadSpec("memcopy", Map.of())),
                List.of(new FlavorUnderTest("local", 1, List.of(1)), new FlavorUnderTest("local.half", 3, List.of(2))));
        return new Playbook(p.source(), p.name(), p.cloud(), p.baseline(), p.flavors(), p.workloads(), p.repetitions(),
                p.warmup(), p.order(), p.seed(), p.timeLimit(), teardown, p.backend(), p.memoryFraction(),
                p.thresholds(), p.catalog());
    }

    private CampaignRunner runner(Playbook playbook, ScriptedCloud cloud) throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), FakeAgent.NORMAL);
        return new CampaignRunner(home, new PrintWriter(new StringWriter(), true), (p, d) -> playbook,
                (spec, root) -> cloud);
    }

    private static int indexOf(List<JournalEntry> journal, String suffix, InstanceState state) {
        for (int i = 0; i < journal.size(); i++) {
            if (journal.get(i) instanceof JournalEntry.InstanceChanged c && c.instance().endsWith(suffix)
                    && c.state() == state) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anEarlyInstanceDeploysAndRunsWhileASlowOneBootsAndAFailedOneLeavesItsGroup() throws Exception {
        Playbook playbook = playbook(TeardownPolicy.ALWAYS);
        Path results = dir.resolve("results");
        ScriptedCloud cloud = new ScriptedCloud(results, steps -> {
            steps.up("-local-1");
            steps.up("-local-half-1");
            steps.fail("-local-half-3", NO_VALID_HOST);
            steps.awaitJournal("-local-half-1", InstanceState.RUNNING); // the slow one comes up only after the early one runs
            steps.up("-local-half-2");
        });

        CampaignOutcome outcome = runner(playbook, cloud).run(playbook, TestPlaybooks.flavors(), results);

        List<JournalEntry> journal = Journal.read(outcome.directory().resolve("journal.jsonl"));
        assertThat(indexOf(journal, "-local-half-1", InstanceState.DEPLOYED)).as("the early instance deployed before the slow"
                + " one was ACTIVE").isNotNegative().isLessThan(indexOf(journal, "-local-half-2", InstanceState.ACTIVE));
        assertThat(indexOf(journal, "-local-half-1", InstanceState.RUNNING))
                .isLessThan(indexOf(journal, "-local-half-2", InstanceState.ACTIVE));
        for (String instance : List.of("-local-1", "-local-half-1", "-local-half-2")) {
            assertThat(indexOf(journal, instance, InstanceState.ACTIVE)).as(instance + " ACTIVE before REACHABLE")
                    .isNotNegative().isLessThan(indexOf(journal, instance, InstanceState.REACHABLE));
            assertThat(indexOf(journal, instance, InstanceState.COLLECTED)).as(instance + " finished").isPositive();
        }
        assertThat(indexOf(journal, "-local-half-3", InstanceState.REACHABLE)).isNegative();
        assertThat(outcome.failedRuns()).singleElement().asString()
                .endsWith("-local-half-3: not provisioned: " + NO_VALID_HOST);
        List<Sample> samples = SamplesFile.read(outcome.directory().resolve("samples.jsonl")).samples();
        assertThat(samples).hasSize(4 + 8 + 8).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(samples).extracting(Sample::instance).doesNotContain(outcome.campaignId() + "-local-half-3");
        assertThat(new LocalCloud(results).discover(new CampaignId(outcome.campaignId()))).isEmpty();
        assertThat(outcome.warnings()).as("the report says which flavor lost instances, and how many of how many")
                .contains("flavor local.half lost 1 of its 3 instance(s): " + outcome.campaignId()
                        + "-local-half-3 (FAILED (not provisioned: " + NO_VALID_HOST + ")); its figures come from"
                        + " the other 2");
        assertThat(java.nio.file.Files.readString(outcome.directory().resolve("report.md")))
                .contains("flavor local.half lost 1 of its 3 instance(s)");
        try (var specs = java.nio.file.Files.list(outcome.directory().resolve("specs"))) {
            assertThat(specs.filter(f -> f.getFileName().toString().contains("-local-half-")).toList())
                    .as("the survivors' co-runners are the 2 survivors × 2 tasks, not the 3 asked for").isNotEmpty()
                    .allSatisfy(f -> assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile())
                            .path("group_size").asInt()).isEqualTo(4));
        }
    }

    @Test
    void anApiFailureAfterOneInstanceIsUpLetsThatOneFinishThenTheCampaignFailsAndResumeRequestsOnlyWhatIsMissing()
            throws Exception {
        Playbook playbook = playbook(TeardownPolicy.NEVER); // the instances stay for resume
        Path results = dir.resolve("results");
        ScriptedCloud failing = new ScriptedCloud(results, steps -> {
            steps.up("-local-half-1");
            steps.create("-local-half-2"); // created, then the API fails before it is reported
            throw VgpubenchException.infrastructure("compute API: HTTP 503 Service Unavailable", null);
        });

        assertThatThrownBy(() -> runner(playbook, failing).run(playbook, TestPlaybooks.flavors(), results))
                .isInstanceOf(VgpubenchException.class).hasMessageContaining("HTTP 503");

        Path campaign;
        try (Stream<Path> s = Files.list(results)) {
            campaign = s.findFirst().orElseThrow();
        }
        List<JournalEntry> first = Journal.read(campaign.resolve("journal.jsonl"));
        assertThat(first).filteredOn(e -> e instanceof JournalEntry.BatchFinished b && b.instance().endsWith(
                "-local-half-1")).as("the instance that was up ran its batch, not held by its group").hasSize(1);

        ScriptedCloud healthy = new ScriptedCloud(results, steps -> steps.requests.forEach(r ->
                steps.up(r.name().substring(r.name().lastIndexOf("-local")))));
        CampaignOutcome outcome = runner(playbook(TeardownPolicy.ALWAYS), healthy).resume(campaign);

        String id = outcome.campaignId();
        assertThat(healthy.requested).as("half-1 is done and half-2 is live: only local-1 and half-3 are requested")
                .containsExactly(List.of(id + "-local-1", id + "-local-half-3"));
        List<Sample> samples = SamplesFile.read(outcome.directory().resolve("samples.jsonl")).samples();
        assertThat(samples).hasSize(4 + 8 + 8 + 8).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(outcome.failedRuns()).isEmpty();
        assertThat(new LocalCloud(results).discover(new CampaignId(outcome.campaignId()))).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
