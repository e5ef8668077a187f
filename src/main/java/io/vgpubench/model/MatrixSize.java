package io.vgpubench.model;

import io.vgpubench.contract.workload.Workloads;

/**
 * The size of a playbook's run matrix (flavors x instances x task counts x workloads x repetitions); with adaptive
 * repetitions, the most it can grow to (every workload to the rule's max, each look's round with its warm-ups).
 *
 * @param instances   instances to create (or hosts to use)
 * @param runs        measured runs: one per instance, task count, workload and repetition
 * @param warmupRuns  warm-up runs, whose samples are discarded
 * @param taskRuns    agent task executions of the measured runs (a run with N tasks runs N at once)
 * @param samples     samples expected: one per task execution and metric the workload reports
 */
public record MatrixSize(long instances, long runs, long warmupRuns, long taskRuns, long samples) {

    public static MatrixSize of(Playbook p) {
        long metrics = p.workloads().stream().mapToLong(MatrixSize::metrics).sum();
        long instances = 0;
        long runs = 0;
        long taskRuns = 0;
        int reps = p.maxRepetitions();
        int rounds = p.adaptive() == null ? 1 : p.adaptive().looks().size();
        for (FlavorUnderTest f : p.flavors()) {
            instances += f.instances();
            runs += (long) f.instances() * f.tasks().size() * p.workloads().size() * reps;
            taskRuns += (long) f.instances() * f.tasks().stream().mapToLong(Integer::longValue).sum()
                    * p.workloads().size() * reps;
        }
        long warmups = runs / reps * p.warmup() * rounds;
        long samples = p.workloads().isEmpty() ? 0 : taskRuns / p.workloads().size() * metrics;
        return new MatrixSize(instances, runs, warmups, taskRuns, samples);
    }

    /** The metrics a workload reports: the catalog's, or those a command is known to print (at least one). */
    private static long metrics(WorkloadSpec w) {
        if (w.isCommand()) {
            return Math.max(1, w.command().knownMetrics().size());
        }
        return Workloads.find(w.name()).map(k -> k.metrics().size()).orElse(0);
    }
}
