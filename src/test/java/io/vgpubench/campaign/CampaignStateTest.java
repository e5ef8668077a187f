package io.vgpubench.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.campaign.plan.InstancePlan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A campaign's state rebuilt from its journal: what may be left on the cloud and where teardown stands. */
class CampaignStateTest {
    private static final Instant T = Instant.EPOCH;
    private static final Path ROOT = Path.of("/results/c-20260101t0000-abcd");
    private final List<JournalEntry> journal = new ArrayList<>(List.of(
            new JournalEntry.ProvisionRequested(T, List.of("c-local-1", "c-half-1", "c-half-2")),
            new JournalEntry.InstanceChanged(T, "c-local-1", InstanceState.ACTIVE, "id-1", null),
            new JournalEntry.InstanceChanged(T, "c-half-1", InstanceState.FAILED, null, "NoValidHost"),
            new JournalEntry.InstanceChanged(T, "c-half-2", InstanceState.DELETED, "id-3", null)));

    @Test
    void instancesMayExistUntilTheJournalKnowsThemDeletedFailedOnesIncluded() {
        assertThat(CampaignState.from(journal).mayExist()).containsExactly("c-half-1", "c-local-1");
    }

    @Test
    void aCompleteTeardownLeavesNothingButAResumeMayCreateInstancesAgain() {
        journal.add(new JournalEntry.TeardownRequested(T, "campaign ended"));
        journal.add(new JournalEntry.TeardownDone(T, List.of()));
        assertThat(CampaignState.from(journal).mayExist()).isEmpty();
        journal.add(new JournalEntry.ProvisionRequested(T, List.of("c-half-1")));
        assertThat(CampaignState.from(journal).mayExist()).containsExactly("c-half-1");
    }

    @Test
    void aTeardownWithLeftoversKeepsTheInstancesThatMayExist() {
        journal.add(new JournalEntry.TeardownDone(T, List.of("server c-local-1: 409 Conflict")));
        assertThat(CampaignState.from(journal).mayExist()).containsExactly("c-half-1", "c-local-1");
        assertThat(CampaignState.from(journal).describe("c", ROOT, List.of(), 0))
                .contains("torn down, left over: server c-local-1: 409 Conflict; try again with: vgpubench teardown "
                        + ROOT);
    }

    @Test
    void statusAfterAnAbortedTeardownNamesWhatMayBeLeftAndTheCommandThatRemovesIt() {
        journal.add(new JournalEntry.TeardownRequested(T, "interrupted (signal)"));
        journal.add(new JournalEntry.TeardownAborted(T, List.of("c-half-1", "c-local-1")));
        assertThat(CampaignState.from(journal).describe("c", ROOT, List.of(), 0)).contains(
                "teardown ABORTED by a second Ctrl-C; may be left: c-half-1, c-local-1; remove what is left with:"
                        + " vgpubench teardown " + ROOT);
    }

    @Test
    void statusAfterTheTeardownThatFollowsAnAbortShowsNothingLeft() {
        journal.add(new JournalEntry.TeardownAborted(T, List.of("c-half-1", "c-local-1")));
        journal.add(new JournalEntry.TeardownRequested(T, "vgpubench teardown"));
        journal.add(new JournalEntry.TeardownDone(T, List.of()));
        CampaignState state = CampaignState.from(journal);
        assertThat(state.describe("c", ROOT, List.of(), 0)).contains("torn down, nothing left").doesNotContain("ABORTED");
        assertThat(state.mayExist()).isEmpty();
    }

    @Test
    void aTeardownStartedAndNeverEndedSaysHowToFinishIt() {
        journal.add(new JournalEntry.TeardownRequested(T, "interrupted (signal)"));
        assertThat(CampaignState.from(journal).describe("c", ROOT, List.of(), 0))
                .contains("teardown started, not finished; if its controller has stopped, finish it with: vgpubench"
                        + " teardown " + ROOT);
    }

    @Test
    void aCampaignNeverTornDownSaysSo() {
        assertThat(CampaignState.from(journal).describe("c", ROOT, List.of(), 0)).contains("not torn down");
    }

    @Test
    void statusShowsEveryStageFromRequestedThroughBuildingToDeletedAfterACompleteTeardown() {
        List<InstancePlan> plans = List.of(plan("c-local-1"), plan("c-half-1"), plan("c-half-2"), plan("c-half-3"));
        journal.add(new JournalEntry.ProvisionRequested(T, List.of("c-half-3")));
        assertThat(CampaignState.from(journal).describe("c", ROOT, plans, 0)).contains("c-half-3: REQUESTED,");
        journal.add(new JournalEntry.InstanceChanged(T, "c-half-3", InstanceState.BUILDING, "id-4", null));
        assertThat(CampaignState.from(journal).describe("c", ROOT, plans, 0)).contains("c-half-3: BUILDING,")
                .contains("c-local-1: ACTIVE,")
                .as("a stage is the journal's, with its time, not the cloud's now")
                .contains("instances, at their last stage as the journal recorded it (the cloud is not asked")
                .contains("c-half-3: BUILDING, journaled 00:00:00 UTC,");

        journal.add(new JournalEntry.TeardownDone(T, List.of()));
        assertThat(CampaignState.from(journal).describe("c", ROOT, plans, 0))
                .contains("c-local-1: DELETED (last stage ACTIVE),", "c-half-1: DELETED (last stage FAILED (NoValidHost)),",
                        "c-half-2: DELETED,", "c-half-3: DELETED (last stage BUILDING),");
    }

    private static InstancePlan plan(String name) {
        return new InstancePlan(name, TestPlaybooks.WHOLE, 0, "g", 1, List.of());
    }

    @Test
    void hostKeysTrustedOnFirstUseBeforeARestartArePinnedForTheInstanceAndItsJumpHost() {
        CampaignState state = CampaignState.from(List.of(
                new JournalEntry.HostKeyTrusted(Instant.EPOCH, "c-vm-1", "SHA256:" + "A".repeat(43) + " (ED25519)"),
                new JournalEntry.HostKeyTrusted(Instant.EPOCH, "c-bastion", "SHA256:" + "B".repeat(43))));
        io.vgpubench.cloud.SshRoute route = io.vgpubench.cloud.SshRoute.through(
                new io.vgpubench.cloud.SshRoute.Jump("id-b", "c-bastion", "203.0.113.9"), "10.0.0.5");

        io.vgpubench.cloud.SshRoute pinned = route.pinning(state.trustedKeys, "c-vm-1");

        assertThat(pinned.hostKeyFingerprints()).containsExactly("SHA256:" + "A".repeat(43) + " (ED25519)");
        assertThat(pinned.jump()).get().extracting(io.vgpubench.cloud.SshRoute.Jump::hostKeyFingerprints)
                .isEqualTo(List.of("SHA256:" + "B".repeat(43)));
        assertThat(io.vgpubench.cloud.SshRoute.direct("10.0.0.6").pinning(state.trustedKeys, "c-vm-2")
                .hostKeyFingerprints()).as("a host never trusted stays as the cloud gave it").isEmpty();
    }
}
