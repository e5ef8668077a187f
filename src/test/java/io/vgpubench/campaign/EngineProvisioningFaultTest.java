package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.VgpubenchException;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceRequest;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.cloud.ProvisionResult;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.RunOrder;
import io.vgpubench.model.WorkloadSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provisioning faults on the local cloud, injected where a cloud would produce them: one instance in
 * ERROR (NoValidHost) while the rest go on, and an API failure after part of the fleet exists. In
 * both, what was created is torn down and the journal tells the story.
 */
class EngineProvisioningFaultTest {
    @TempDir
    Path dir;

    /** The local cloud with one fault: a named instance ends in ERROR, or the API fails after creating. */
    private static final class FaultyCloud extends LocalBackedCloud {
        private final String errorInstanceSuffix;
        private final boolean apiFailsAfterCreating;

        FaultyCloud(LocalCloud local, String errorInstanceSuffix, boolean apiFailsAfterCreating) {
            super(local);
            this.errorInstanceSuffix = errorInstanceSuffix;
            this.apiFailsAfterCreating = apiFailsAfterCreating;
        }

        @Override
        public ProvisionResult provision(CampaignId campaign, List<InstanceRequest> requests) {
            List<InstanceRequest> healthy = requests.stream()
                    .filter(r -> errorInstanceSuffix == null || !r.name().endsWith(errorInstanceSuffix)).toList();
            ProvisionResult created = local.provision(campaign, healthy);
            if (apiFailsAfterCreating) {
                throw VgpubenchException.infrastructure("compute API: HTTP 503 Service Unavailable (after "
                        + created.ready().size() + " servers were created)", null);
            }
            List<ProvisionResult.ProvisionFailure> failures = new ArrayList<>(created.failures());
            requests.stream().filter(r -> !healthy.contains(r)).forEach(r -> failures.add(
                    new ProvisionResult.ProvisionFailure(r.name(), r.flavor().name(),
                            "server went to ERROR: No valid host was found. There are not enough hosts available.")));
            return new ProvisionResult(created.ready(), failures);
        }

        @Override
        public boolean instancesShareOneDevice() {
            return true;
        }
    }

    private CampaignRunner runner(Playbook playbook, String errorSuffix, boolean apiFails) throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), FakeAgent.NORMAL);
        return new CampaignRunner(home, new PrintWriter(new StringWriter(), true), (p, d) -> playbook,
                (spec, root) -> new FaultyCloud(new LocalCloud(root), errorSuffix, apiFails));
    }

    private Playbook playbook() throws Exception {
        return TestPlaybooks.local(Files.writeString(dir.resolve("p.yaml"), "# built in code\n"), RunOrder.GROUPED, 2,
                Duration.ofMinutes(1), List.of(new WorkloadSpec("gemm", Map.of())),
                List.of(new FlavorUnderTest("local", 1, List.of(1)), new FlavorUnderTest("local.half", 2, List.of(1))));
    }

    @Test
    void anInstanceInErrorIsRecordedWithItsFaultWhileTheOthersRunAndNothingIsLeft() throws Exception {
        Playbook playbook = playbook();
        CampaignOutcome outcome = runner(playbook, "-local-half-2", false)
                .run(playbook, TestPlaybooks.flavors(), dir.resolve("results"));

        assertThat(outcome.failedRuns()).singleElement().asString().endsWith("-local-half-2: not provisioned: "
                + "server went to ERROR: No valid host was found. There are not enough hosts available.");
        assertThat(outcome.samples()).isEqualTo(2); // local-1 and local-half-1 ran (the fake agent writes one sample a run)
        assertThat(new LocalCloud(dir.resolve("results")).discover(new CampaignId(outcome.campaignId()))).isEmpty();
        assertThat(Journal.read(outcome.directory().resolve("journal.jsonl"))).anySatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(JournalEntry.InstanceChanged.class, c -> {
                    assertThat(c.state()).isEqualTo(InstanceState.FAILED);
                    assertThat(c.reason()).contains("No valid host");
                }));
    }

    @Test
    void anApiFailureDuringProvisioningStillTearsDownWhatWasCreated() throws Exception {
        Playbook playbook = playbook();
        Path results = dir.resolve("results");
        assertThatThrownBy(() -> runner(playbook, null, true).run(playbook, TestPlaybooks.flavors(), results))
                .isInstanceOf(VgpubenchException.class).hasMessageContaining("HTTP 503");

        Path campaign;
        try (Stream<Path> s = Files.list(results)) {
            campaign = s.findFirst().orElseThrow();
        }
        List<JournalEntry> journal = Journal.read(campaign.resolve("journal.jsonl"));
        assertThat(journal).anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.ProvisionRequested.class));
        assertThat(journal).anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.TeardownDone.class));
        assertThat(new LocalCloud(results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
    }
}
