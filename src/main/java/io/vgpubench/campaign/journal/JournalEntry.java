package io.vgpubench.campaign.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.vgpubench.cloud.InstanceState;
import java.time.Instant;
import java.util.List;

/**
 * One line of a campaign's journal. The journal is written before every cloud mutation and after
 * every state change and sample batch, so a resumed controller (or a teardown from another machine)
 * knows what may exist on the cloud and what has been collected.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = JournalEntry.CampaignStarted.class, name = "campaign_started"),
    @JsonSubTypes.Type(value = JournalEntry.ProvisionRequested.class, name = "provision_requested"),
    @JsonSubTypes.Type(value = JournalEntry.InstanceChanged.class, name = "instance_changed"),
    @JsonSubTypes.Type(value = JournalEntry.HostKeyTrusted.class, name = "host_key_trusted"),
    @JsonSubTypes.Type(value = JournalEntry.BatchStarted.class, name = "batch_started"),
    @JsonSubTypes.Type(value = JournalEntry.SamplesCollected.class, name = "samples_collected"),
    @JsonSubTypes.Type(value = JournalEntry.BatchFinished.class, name = "batch_finished"),
    @JsonSubTypes.Type(value = JournalEntry.TeardownRequested.class, name = "teardown_requested"),
    @JsonSubTypes.Type(value = JournalEntry.TeardownDone.class, name = "teardown_done"),
    @JsonSubTypes.Type(value = JournalEntry.TeardownAborted.class, name = "teardown_aborted"),
    @JsonSubTypes.Type(value = JournalEntry.CampaignFinished.class, name = "campaign_finished"),
    @JsonSubTypes.Type(value = JournalEntry.Noted.class, name = "noted"),
})
public sealed interface JournalEntry {

    Instant at();

    /** The campaign began: its id and the playbook copy it runs. */
    record CampaignStarted(Instant at, String campaign, String playbook, long seed) implements JournalEntry {}

    /** Written before the cloud is asked to create these instances. */
    record ProvisionRequested(Instant at, List<String> instances) implements JournalEntry {}

    /** An instance moved to a stage; {@code reason} is set for FAILED. */
    record InstanceChanged(Instant at, String instance, InstanceState state, String cloudId, String reason)
            implements JournalEntry {}

    /** A host key accepted on first use because the cloud showed none (said in the report). */
    record HostKeyTrusted(Instant at, String instance, String fingerprint) implements JournalEntry {}

    /** Agent processes of one batch (an instance at one task count) were started. */
    record BatchStarted(Instant at, String instance, String batch, List<String> runKeys) implements JournalEntry {}

    /** Samples of a batch reached samples.jsonl (count so far for that run key). */
    record SamplesCollected(Instant at, String instance, String runKey, int count) implements JournalEntry {}

    /** A batch ended; {@code failures} lists failed runs and why (empty when all passed). */
    record BatchFinished(Instant at, String instance, String batch, List<String> failures) implements JournalEntry {}

    /** Written before teardown starts. */
    record TeardownRequested(Instant at, String reason) implements JournalEntry {}

    /** Teardown ended; {@code leftovers} is what could not be removed. */
    record TeardownDone(Instant at, List<String> leftovers) implements JournalEntry {}

    /**
     * Teardown was cut short (a second Ctrl-C): {@code instances} are those not known to be deleted, which
     * may still exist with the rest of the campaign's resources until {@code vgpubench teardown} runs.
     */
    record TeardownAborted(Instant at, List<String> instances) implements JournalEntry {}

    /**
     * A failure or a warning the report will show ({@code failure} true for failures), so a resumed campaign's
     * report still has those of the runs before the restart.
     */
    record Noted(Instant at, boolean failure, String text) implements JournalEntry {}

    /** The campaign ended (the report is written). */
    record CampaignFinished(Instant at, int samples, List<String> failedRuns) implements JournalEntry {}
}
