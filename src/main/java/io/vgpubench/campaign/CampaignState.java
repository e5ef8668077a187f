package io.vgpubench.campaign;

import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.campaign.plan.InstancePlan;
import io.vgpubench.cloud.InstanceState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A campaign's state rebuilt from its journal: which batches finished, which were started and may
 * still be running, each instance's last stage, which instances may exist on the cloud, and how far
 * teardown got and whether the campaign ended.
 */
final class CampaignState {
    final Map<String, Set<String>> finished = new HashMap<>();
    final Map<String, Map<String, List<String>>> started = new HashMap<>();
    final Map<String, Stage> stages = new TreeMap<>();
    /** Failures and warnings journaled by earlier runs of the campaign, in order. */
    final List<String> failures = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** Host keys trusted on first use before a restart, by host name: pinned from then on. */
    final Map<String, String> trustedKeys = new HashMap<>();
    private boolean campaignFinished;
    private JournalEntry teardown;
    private boolean fresh;

    static CampaignState fresh() {
        CampaignState s = new CampaignState();
        s.fresh = true;
        return s;
    }

    static CampaignState from(List<JournalEntry> entries) {
        CampaignState s = new CampaignState();
        for (JournalEntry e : entries) {
            s.track(e);
            if (e instanceof JournalEntry.ProvisionRequested p) {
                p.instances().forEach(i -> s.stages.put(i, Stage.of(InstanceState.REQUESTED, null, p.at())));
            } else if (e instanceof JournalEntry.TeardownDone d && d.leftovers().isEmpty()) {
                s.stages.replaceAll((i, stage) -> stage.deleted());
            } else if (e instanceof JournalEntry.BatchStarted b) {
                s.started.computeIfAbsent(b.instance(), k -> new HashMap<>()).put(b.batch(), b.runKeys());
            } else if (e instanceof JournalEntry.BatchFinished b) {
                s.finished.computeIfAbsent(b.instance(), k -> new HashSet<>()).add(b.batch());
                s.started.getOrDefault(b.instance(), new HashMap<>()).remove(b.batch());
            } else if (e instanceof JournalEntry.InstanceChanged c) {
                s.stages.put(c.instance(), Stage.of(c.state(), c.reason(), c.at()));
            } else if (e instanceof JournalEntry.CampaignFinished) {
                s.campaignFinished = true;
            } else if (e instanceof JournalEntry.HostKeyTrusted t) {
                s.trustedKeys.put(t.instance(), t.fingerprint());
            } else if (e instanceof JournalEntry.Noted n) {
                (n.failure() ? s.failures : s.warnings).add(n.text());
            }
        }
        return s;
    }

    /** Where teardown stands: requested, done or aborted. */
    private void track(JournalEntry e) {
        if (e instanceof JournalEntry.TeardownRequested || e instanceof JournalEntry.TeardownDone
                || e instanceof JournalEntry.TeardownAborted) {
            teardown = e;
        }
    }

    /**
     * The instances not known to be deleted: requested or seen since the last complete teardown, not DELETED
     * (their stage says so: a complete teardown marks every instance DELETED).
     */
    List<String> mayExist() {
        return stages.entrySet().stream().filter(e -> e.getValue().state() != InstanceState.DELETED)
                .map(Map.Entry::getKey).toList();
    }

    boolean isFresh() {
        return fresh;
    }

    boolean finished() {
        return campaignFinished;
    }

    Set<String> finishedBatches(String instance) {
        return finished.getOrDefault(instance, Set.of());
    }

    Map<String, List<String>> startedBatches(String instance) {
        return started.getOrDefault(instance, Map.of());
    }

    /** The instance's last journaled stage, as status shows it ("FAILED (not provisioned: ...)"). */
    String stage(String instance) {
        Stage stage = stages.get(instance);
        return stage == null ? "not requested" : stage.describe();
    }

    /** True where the instance's last journaled stage is FAILED. */
    boolean failed(String instance) {
        Stage stage = stages.get(instance);
        return stage != null && stage.state() == InstanceState.FAILED;
    }

    boolean complete(InstancePlan plan) {
        return plan.batches().stream().allMatch(b -> finishedBatches(plan.name()).contains(b.id()));
    }

    String describe(String campaign, Path root, List<InstancePlan> plans, int samples) {
        int batches = plans.stream().mapToInt(p -> p.batches().size()).sum();
        int done = plans.stream().mapToInt(p -> (int) p.batches().stream()
                .filter(b -> finishedBatches(p.name()).contains(b.id())).count()).sum();
        int more = plans.stream().mapToInt(p -> (int) finishedBatches(p.name()).stream()
                .filter(b -> p.batches().stream().noneMatch(x -> x.id().equals(b))).count()).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("campaign ").append(campaign).append(campaignFinished ? " (finished)" : " (not finished)").append('\n');
        sb.append(teardownLine(root)).append('\n');
        sb.append("batches ").append(done).append('/').append(batches)
                .append(more > 0 ? " (and " + more + " of adaptive rounds)" : "").append(", samples ").append(samples)
                .append('\n');
        sb.append("instances, at their last stage as the journal recorded it (the cloud is not asked; a server may"
                + " have moved on since):\n");
        for (InstancePlan p : plans) {
            sb.append("  ").append(p.name()).append(": ").append(stages.containsKey(p.name())
                            ? stages.get(p.name()).describeWithTime() : "not requested")
                    .append(", batches done ").append(finishedBatches(p.name()).size()).append('/')
                    .append(p.batches().size()).append('\n');
        }
        return sb.toString();
    }

    private String teardownLine(Path root) {
        String finish = "vgpubench teardown " + root;
        if (teardown instanceof JournalEntry.TeardownDone d) {
            return d.leftovers().isEmpty() ? "torn down, nothing left"
                    : "torn down, left over: " + String.join("; ", d.leftovers()) + "; try again with: " + finish;
        }
        if (teardown instanceof JournalEntry.TeardownAborted a) {
            return "teardown ABORTED by a second Ctrl-C; may be left: " + (a.instances().isEmpty() ? "no instance"
                    : String.join(", ", a.instances())) + "; remove what is left with: " + finish;
        }
        if (teardown instanceof JournalEntry.TeardownRequested) {
            return "teardown started, not finished; if its controller has stopped, finish it with: " + finish;
        }
        return "not torn down";
    }
}
