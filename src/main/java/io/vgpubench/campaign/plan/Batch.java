package io.vgpubench.campaign.plan;

import java.util.List;

/**
 * What one instance runs at one task count: {@code tasks} agent processes started together, each
 * running the same ordered runs. {@code id} is unique on the instance (e.g. "t2").
 */
public record Batch(String id, int tasks, List<PlannedRun> runs) {
    public Batch {
        runs = List.copyOf(runs);
    }

    /** The run key of task {@code task}'s process, unique in the campaign. */
    public String runKey(String instance, int task) {
        return instance + "." + id + ".task" + task;
    }
}
