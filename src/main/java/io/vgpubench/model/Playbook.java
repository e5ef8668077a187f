package io.vgpubench.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A validated playbook: what to provision, what to run, how often, and when to call it a failure.
 * Built only by {@link PlaybookLoader}, which rejects bad input with file, line, column and field.
 *
 * @param source        the file it was read from
 * @param name          the campaign name; the campaign id is this plus a timestamp and a random suffix
 * @param baseline      the flavor every other flavor is compared with
 * @param memoryFraction cap on device memory per task, as a fraction of what the device reports
 * @param catalog       the flavor catalog the playbook was checked against (every flavor it names is in it)
 * @param slots         how long a repetition measures and a run prepares in the co-runners' common slots
 * @param require       what each sample's device facts must say to count (licensed, not throttled)
 * @param adaptive      the rule that adds repetitions until the overhead intervals are narrow enough, or null
 *                      ({@code repetitions} is then the fixed count; with a rule, its minimum)
 */
public record Playbook(
        Path source,
        String name,
        CloudSpec cloud,
        String baseline,
        List<FlavorUnderTest> flavors,
        List<WorkloadSpec> workloads,
        int repetitions,
        int warmup,
        RunOrder order,
        long seed,
        Duration timeLimit,
        TeardownPolicy teardown,
        String backend,
        double memoryFraction,
        List<Threshold> thresholds,
        FlavorCatalog catalog,
        SlotTiming slots,
        AdaptiveRepetitions adaptive,
        Requirements require) {

    public Playbook {
        flavors = List.copyOf(flavors);
        workloads = List.copyOf(workloads);
        thresholds = List.copyOf(thresholds);
        require = require == null ? Requirements.NONE : require;
    }

    /** Without requirements on the samples' device facts. */
    public Playbook(Path source, String name, CloudSpec cloud, String baseline, List<FlavorUnderTest> flavors,
                    List<WorkloadSpec> workloads, int repetitions, int warmup, RunOrder order, long seed,
                    Duration timeLimit, TeardownPolicy teardown, String backend, double memoryFraction,
                    List<Threshold> thresholds, FlavorCatalog catalog, SlotTiming slots, AdaptiveRepetitions adaptive) {
        this(source, name, cloud, baseline, flavors, workloads, repetitions, warmup, order, seed, timeLimit, teardown,
                backend, memoryFraction, thresholds, catalog, slots, adaptive, Requirements.NONE);
    }

    /** The same playbook with another seed (a campaign's recorded one, where the file left it to chance). */
    public Playbook withSeed(long recorded) {
        return new Playbook(source, name, cloud, baseline, flavors, workloads, repetitions, warmup, order, recorded,
                timeLimit, teardown, backend, memoryFraction, thresholds, catalog, slots, adaptive, require);
    }

    /** The most repetitions per instance the playbook can run: the fixed count, or the adaptive rule's max. */
    public int maxRepetitions() {
        return adaptive == null ? repetitions : adaptive.max();
    }

    /** A playbook with the default slot timing of its backend. */
    public Playbook(Path source, String name, CloudSpec cloud, String baseline, List<FlavorUnderTest> flavors,
                    List<WorkloadSpec> workloads, int repetitions, int warmup, RunOrder order, long seed,
                    Duration timeLimit, TeardownPolicy teardown, String backend, double memoryFraction,
                    List<Threshold> thresholds, FlavorCatalog catalog) {
        this(source, name, cloud, baseline, flavors, workloads, repetitions, warmup, order, seed, timeLimit, teardown,
                backend, memoryFraction, thresholds, catalog, SlotTiming.defaults(backend), null);
    }

    /** The catalog entry of a flavor the playbook names. */
    public Flavor flavor(String name) {
        return catalog.get(name);
    }
}
