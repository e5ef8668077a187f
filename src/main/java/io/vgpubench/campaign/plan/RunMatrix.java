package io.vgpubench.campaign.plan;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.WorkloadSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Expands a playbook into the fleet and its runs: flavors × instances × tasks per GPU × workloads ×
 * repetitions. Ordering: {@code GROUPED} runs all repetitions of a workload back to back;
 * {@code INTERLEAVED} runs one repetition of every workload in turn; {@code RANDOM} shuffles the
 * repetitions with the playbook's recorded seed (per group and task count, so the co-runners of a group run
 * the same order and measure the same workload in the same slot), so slow drift in a cloud does not
 * masquerade as overhead.
 */
public final class RunMatrix {
    private RunMatrix() {}

    public static List<InstancePlan> expand(Playbook playbook, CampaignId campaign, Map<String, Flavor> flavors) {
        Map<Integer, Span> all = new LinkedHashMap<>();
        for (int w = 0; w < playbook.workloads().size(); w++) {
            all.put(w, new Span(0, playbook.repetitions()));
        }
        return plans(playbook, campaign, flavors, 0, all);
    }

    /**
     * The repetitions of one workload (by its index in the playbook) that a round adds on every instance: from
     * {@code first} (those before it, counted from 0) {@code count} more.
     */
    public record Span(int first, int count) {}

    /**
     * Round {@code round} (from 1) of adaptive repetitions: on every instance and task count, a batch
     * ({@code t<tasks>-a<round>}) of the workloads still going, each for its span, in the playbook's order (the
     * random order seeded per group, task count and round, so co-runners keep one order).
     */
    public static List<InstancePlan> round(Playbook playbook, CampaignId campaign, Map<String, Flavor> flavors,
                                           int round, Map<Integer, Span> spans) {
        return plans(playbook, campaign, flavors, round, spans);
    }

    private static List<InstancePlan> plans(Playbook playbook, CampaignId campaign, Map<String, Flavor> flavors,
                                            int round, Map<Integer, Span> spans) {
        List<InstancePlan> plans = new ArrayList<>();
        for (FlavorUnderTest f : playbook.flavors()) {
            Flavor flavor = flavors.get(f.flavor());
            if (flavor == null) {
                throw new IllegalArgumentException("flavor not in the catalog: " + f.flavor());
            }
            String group = campaign.value() + "-" + slug(f.flavor());
            for (int i = 1; i <= f.instances(); i++) {
                String name = f.instanceName(campaign.value(), i);
                List<Batch> batches = new ArrayList<>();
                for (int tasks : f.tasks()) {
                    Random random = new Random(playbook.seed() ^ group.hashCode() ^ tasks ^ ((long) round << 32));
                    batches.add(new Batch("t" + tasks + (round == 0 ? "" : "-a" + round), tasks,
                            order(playbook, random, round, spans)));
                }
                plans.add(new InstancePlan(name, flavor, i - 1, group, f.instances(), batches)); // index from 0, name from 1
            }
        }
        return plans;
    }

    static List<PlannedRun> order(Playbook playbook, Random random) {
        Map<Integer, Span> all = new LinkedHashMap<>();
        for (int w = 0; w < playbook.workloads().size(); w++) {
            all.put(w, new Span(0, playbook.repetitions()));
        }
        return order(playbook, random, 0, all);
    }

    private static List<PlannedRun> order(Playbook playbook, Random random, int round, Map<Integer, Span> spans) {
        List<WorkloadSpec> workloads = playbook.workloads();
        List<PlannedRun> runs = new ArrayList<>();
        switch (playbook.order()) {
            case GROUPED -> spans.forEach((w, span) -> runs.add(new PlannedRun(
                    id(w, workloads.get(w), -1) + (round == 0 ? "" : "-a" + round), workloads.get(w), span.first(),
                    span.count())));
            case INTERLEAVED, RANDOM -> {
                int most = spans.values().stream().mapToInt(Span::count).max().orElse(0);
                for (int r = 0; r < most; r++) {
                    for (var e : spans.entrySet()) {
                        Span span = e.getValue();
                        if (r < span.count()) {
                            int w = e.getKey();
                            runs.add(new PlannedRun(id(w, workloads.get(w), span.first() + r), workloads.get(w),
                                    span.first() + r, 1));
                        }
                    }
                }
                if (playbook.order() == io.vgpubench.model.RunOrder.RANDOM) {
                    Collections.shuffle(runs, random);
                }
            }
        }
        return runs;
    }

    private static String id(int index, WorkloadSpec w, int repetition) {
        String base = "w" + index + "-" + slug(w.name());
        return repetition < 0 ? base : base + "-r" + repetition;
    }

    static String slug(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
