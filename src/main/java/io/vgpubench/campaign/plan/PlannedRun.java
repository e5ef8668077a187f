package io.vgpubench.campaign.plan;

import io.vgpubench.model.WorkloadSpec;

/**
 * One entry of the run matrix on an instance: a workload, and the repetitions it covers. The agent
 * numbers a run's repetitions from 1; the controller adds {@code firstRepetition} (0 for a run that
 * covers them all, r for the run of interleaved repetition r+1), so the campaign numbers them
 * 1 .. the playbook's repetitions.
 */
public record PlannedRun(String runId, WorkloadSpec workload, int firstRepetition, int repetitions) {
}
