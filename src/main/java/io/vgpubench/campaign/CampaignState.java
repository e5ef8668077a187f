package io.vgpubench.campaign;

import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.campaign.plan.InstancePlan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A campaign's state rebuilt from its journal: which batches finished, which were started and may
 * still be running, each instance's last stage, and whether teardown and the campaign ended.
 */
final class CampaignState {
    final Map<String, Set<String>> finished = new HashMap<>();
    final Map<String, Map<String, List<String>>> started = new HashMap<>();
    final Map<String, String> stages = new TreeMap<>();
    private boolean campaignFinished;
    private List<String> leftovers;
    private boolean fresh;

    static CampaignState fresh() {
        CampaignState s = new CampaignState();
        s.fresh = true;
        return s;
    }

    static CampaignState from(List<JournalEntry> entries) {
        CampaignState s = new CampaignState();
        for (JournalEntry e : entries) {
            if (e instanceof JournalEntry.BatchStarted b) {
                s.started.computeIfAbsent(b.instance(), k -> new HashMap<>()).put(b.batch(), b.runKeys());
            } else if (e instanceof JournalEntry.BatchFinished b) {
                s.finished.computeIfAbsent(b.instance(), k -> new HashSet<>()).add(b.batch());
                s.started.getOrDefault(b.instance(), new HashMap<>()).remove(b.batch());
            } else if (e instanceof JournalEntry.InstanceChanged c) {
                s.stages.put(c.instance(), c.state() + (c.reason() == null ? "" : " (" + c.reason() + ")"));
            } else if (e instanceof JournalEntry.TeardownDone t) {
                s.leftovers = t.leftovers();
            } else if (e instanceof JournalEntry.CampaignFinished) {
                s.campaignFinished = true;
            }
        }
        return s;
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

    boolean complete(InstancePlan plan) {
        return plan.batches().stream().allMatch(b -> finishedBatches(plan.name()).contains(b.id()));
    }

    String describe(String campaign, List<InstancePlan> plans, int samples) {
        int batches = plans.stream().mapToInt(p -> p.batches().size()).sum();
        int done = plans.stream().mapToInt(p -> finishedBatches(p.name()).size()).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("campaign ").append(campaign).append(campaignFinished ? " (finished)" : " (not finished)").append('\n');
        sb.append(leftovers == null ? "not torn down\n" : leftovers.isEmpty() ? "torn down, nothing left\n"
                : "torn down, left over: " + String.join("; ", leftovers) + "\n");
        sb.append("batches ").append(done).append('/').append(batches).append(", samples ").append(samples).append('\n');
        for (InstancePlan p : plans) {
            sb.append("  ").append(p.name()).append(": ").append(stages.getOrDefault(p.name(), "not requested"))
                    .append(", batches done ").append(finishedBatches(p.name()).size()).append('/')
                    .append(p.batches().size()).append('\n');
        }
        return sb.toString();
    }
}
