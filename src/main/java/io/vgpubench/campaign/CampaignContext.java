package io.vgpubench.campaign;

import io.vgpubench.Redact;
import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.model.Playbook;
import io.vgpubench.results.CampaignFolder;
import io.vgpubench.results.SampleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What every instance driver of one campaign shares: cloud, journal, sample store, progress, failures. */
final class CampaignContext {
    final CampaignId id;
    final CampaignFolder dir;
    final Playbook playbook;
    final Cloud cloud;
    final AgentBundle bundle;
    final Journal journal;
    final SampleStore samples;
    final Progress progress;
    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();

    CampaignContext(CampaignId id, CampaignFolder dir, Playbook playbook, Cloud cloud, AgentBundle bundle,
                    Journal journal, SampleStore samples, Progress progress) {
        this.id = id;
        this.dir = dir;
        this.playbook = playbook;
        this.cloud = cloud;
        this.bundle = bundle;
        this.journal = journal;
        this.samples = samples;
        this.progress = progress;
    }

    void state(String instance, InstanceState state, String cloudId, String reason) {
        journal.append(new JournalEntry.InstanceChanged(Instant.now(), instance, state, cloudId, reason));
        progress.stage(instance, state.name().toLowerCase() + (reason == null ? "" : ": " + reason));
    }

    void fail(String failure) {
        String what = Redact.secrets(failure); // an agent's log tail or a cloud's message may quote one
        journal.append(new JournalEntry.Noted(Instant.now(), true, what));
        failures.add(what);
        progress.say("FAILED " + what);
    }

    /** A warning for the report, journaled so a resumed campaign keeps it. */
    void warn(String warning) {
        String what = Redact.secrets(warning);
        journal.append(new JournalEntry.Noted(Instant.now(), false, what));
        warnings.add(what);
    }

    /**
     * No output from an agent for this long is a hang (the study's silent halt), not a slow run: the
     * run's time limit (which the agent enforces itself) plus a grace of up to 30 s.
     */
    Duration hangLimit() {
        Duration limit = playbook.timeLimit();
        Duration grace = limit.compareTo(Duration.ofSeconds(30)) < 0 ? limit : Duration.ofSeconds(30);
        return limit.plus(grace);
    }
}
