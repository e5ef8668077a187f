package io.vgpubench.campaign.plan;

import io.vgpubench.cloud.CampaignId;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.WorkloadSpec;
import java.util.ArrayList;
import java.util.Collections;
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
                    Random random = new Random(playbook.seed() ^ group.hashCode() ^ tasks);
                    batches.add(new Batch("t" + tasks, tasks, order(playbook, random)));
                }
                plans.add(new InstancePlan(name, flavor, i - 1, group, f.instances(), batches)); // index from 0, name from 1
            }
        }
        return plans;
    }

    static List<PlannedRun> order(Playbook playbook, Random random) {
        List<WorkloadSpec> workloads = playbook.workloads();
        int reps = playbook.repetitions();
        List<PlannedRun> runs = new ArrayList<>();
        switch (playbook.order()) {
            case GROUPED -> {
                for (int w = 0; w < workloads.size(); w++) {
                    runs.add(new PlannedRun(id(w, workloads.get(w), -1), workloads.get(w), 0, reps));
                }
            }
            case INTERLEAVED, RANDOM -> {
                for (int r = 0; r < reps; r++) {
                    for (int w = 0; w < workloads.size(); w++) {
                        runs.add(new PlannedRun(id(w, workloads.get(w), r), workloads.get(w), r, 1));
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
