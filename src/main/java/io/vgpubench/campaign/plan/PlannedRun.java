package io.vgpubench.campaign.plan;

import io.vgpubench.model.WorkloadSpec;

/**
 * One entry of the run matrix on an instance: a workload, and the repetitions it covers
 * ({@code firstRepetition} .. {@code firstRepetition + repetitions - 1}). The agent numbers its
 * repetitions from 0 within a run; the controller adds {@code firstRepetition}.
 */
public record PlannedRun(String runId, WorkloadSpec workload, int firstRepetition, int repetitions) {
}
