package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is rejected with file, line, column and field path in one message line. */
class PlaybookValidationTest {
    @TempDir
    Path dir;
    PlaybookFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlaybookFixture(dir);
    }

    private static String valid() {
        return PlaybookLoaderTest.VALID;
    }

    @Test
    void rejectsUnknownKeysWithFileLineColumnAndField() {
        fx.rejects(valid().replace("    instances: 2\n", "    instances: 2\n    instanses: 3\n"))
                .hasMessageContaining(fx.file() + ":10:5: flavors[1].instanses: unknown key; expected one of "
                        + "[flavor, instances, tasks]");
    }

    @Test
    void rejectsAnSshSourceThatIsNotACidr() {
        fx.rejects(valid().replace("  type: local\n", "  type: openstack\n  image: i\n  network: n\n  ssh_user: u\n"
                        + "  ssh_from: my laptop\n").replace("local.half", "g3.small")
                        .replace("baseline: local", "baseline: g3.small").replace("- flavor: local\n", "- flavor: g3.xl\n"))
                .hasMessageContaining(fx.file() + ":7:13: cloud.ssh_from: must be an IPv4 or IPv6 CIDR such as"
                        + " 198.51.100.7/32, not 'my laptop'");
    }

    @Test
    void rejectsSizesThatCannotFitAFlavorsFrameBufferUnderTheMemoryCapWithTheNumbers() {
        String jetstream = valid().replace("  type: local\n", "  type: openstack\n  image: i\n  network: n\n  ssh_user: u\n")
                .replace("local.half", "g3.small").replace("baseline: local", "baseline: g3.xl")
                .replace("- flavor: local\n", "- flavor: g3.xl\n").replace("tasks: [1, 2]", "tasks: [1]")
                .replace("tasks: [2]", "tasks: [1]");
        // fp64 16384³: A, B and C are 3 × 2 GiB = 6 GiB; g3.small's 5 GB × 0.25 leaves 1.25 GiB a task
        fx.rejects(jetstream.replace("{precision: fp64, m: 256}", "{precision: fp64, m: 16384, n: 16384, k: 16384}"))
                .hasMessageContaining(fx.file() + ":16:17: workloads[0].parameters: gemm at these sizes needs 6.00 GiB of"
                        + " device memory, but each task of g3.small may use 1.25 GiB (its 5 GB frame buffer ×"
                        + " memory_fraction 0.25); choose smaller sizes or a larger memory_fraction");
        fx.rejects(jetstream.replace("  - name: memcopy\n", "  - name: memcopy\n    parameters: {bytes: 2147483648}\n"))
                .hasMessageContaining("workloads[1].parameters: memcopy at these sizes needs 4.00 GiB");
        // sizes left to the backend (no m, n, k) are the agent's to check, on the card itself
        assertThat(PlaybookLoader.forHome(PlaybookFixture.HOME).load(fx.write("ok.yaml", jetstream))).isNotNull();
    }

    @Test
    void rejectsUnknownTopLevelKeys() {
        fx.rejects("colour: blue\n" + valid())
                .hasMessageContaining(fx.file() + ":1:1: colour: unknown key");
    }

    @Test
    void rejectsAMissingFieldAtTheMappingThatLacksIt() {
        fx.rejects(valid().replace("  - name: memcopy\n", "  - parameters: {bytes: 1}\n"))
                .hasMessageContaining(fx.file() + ":14:5: workloads[1]: missing required field 'name'");
    }

    @Test
    void rejectsAMissingTopLevelField() {
        fx.rejects(valid().replace("baseline: local\n", ""))
                .hasMessageContaining(fx.file() + ":1:1: missing required field 'baseline'");
    }

    @Test
    void rejectsWrongTypesNamingWhatWasFound() {
        fx.rejects(valid().replace("repetitions: 3", "repetitions: three"))
                .hasMessageContaining(fx.file() + ":15:14: repetitions: must be a whole number, got string 'three'");
    }

    @Test
    void rejectsAListWhereAMappingBelongs() {
        fx.rejects(valid().replace("cloud:\n  type: local\n", "cloud: [local]\n"))
                .hasMessageContaining(fx.file() + ":2:8: cloud: must be a mapping (key: value), got a list");
    }

    @Test
    void rejectsImpossibleCounts() {
        fx.rejects(valid().replace("instances: 2", "instances: 0"))
                .hasMessageContaining(fx.file() + ":9:16: flavors[1].instances: must be at least 1, got 0");
    }

    @Test
    void rejectsRepetitionsBelowOneAndNegativeWarmup() {
        fx.rejects(valid().replace("repetitions: 3", "repetitions: 0").replace("warmup: 0", "warmup: -1"))
                .hasMessageContaining(fx.file() + ":15:14: repetitions: must be at least 1, got 0")
                .hasMessageContaining(fx.file() + ":16:9: warmup: must be at least 0, got -1");
    }

    @Test
    void rejectsTaskCountsBelowOneAndRepeatedOnes() {
        fx.rejects(valid().replace("tasks: [1, 2]", "tasks: [0, 2, 2]"))
                .hasMessageContaining(fx.file() + ":7:13: flavors[0].tasks[0]: must be at least 1, got 0")
                .hasMessageContaining(fx.file() + ":7:19: flavors[0].tasks[2]: task count 2 is listed twice");
    }

    @Test
    void rejectsFractionsOutsideZeroToOne() {
        fx.rejects(valid().replace("memory_fraction: 0.25", "memory_fraction: 0"))
                .hasMessageContaining(fx.file() + ":22:18: memory_fraction: must be a fraction in (0, 1], got 0.0");
    }

    @Test
    void rejectsAnUnknownFlavorListingTheCatalogs() {
        fx.rejects(valid().replace("flavor: local.half", "flavor: g9.huge"))
                .hasMessageContaining(fx.file() + ":8:13: flavors[1].flavor: unknown flavor 'g9.huge'; "
                        + "the catalogs define [")
                .hasMessageContaining("g3.small");
    }

    @Test
    void rejectsABaselineThatIsNotAmongTheFlavors() {
        fx.rejects(valid().replace("baseline: local", "baseline: g3.xl"))
                .hasMessageContaining(fx.file() + ":4:11: baseline: baseline 'g3.xl' must be one of the "
                        + "playbook's flavors [local, local.half]");
    }

    @Test
    void rejectsBadDurations() {
        fx.rejects(valid().replace("time_limit: 1h30m", "time_limit: 10 minutes"))
                .hasMessageContaining(fx.file() + ":19:13: time_limit: must be a duration like 250ms, 90s, 10m, "
                        + "1h or 1h30m (greater than zero), got '10 minutes'");
    }

    @Test
    void rejectsAZeroDuration() {
        fx.rejects(valid().replace("time_limit: 1h30m", "time_limit: 0s"))
                .hasMessageContaining(fx.file() + ":19:13: time_limit: must be a duration");
    }

    @Test
    void rejectsBadEnumValuesListingTheAllowedOnes() {
        fx.rejects(valid().replace("order: random", "order: sideways").replace("backend: cpu", "backend: tpu"))
                .hasMessageContaining(fx.file() + ":17:8: order: must be one of [grouped, interleaved, random], "
                        + "got 'sideways'")
                .hasMessageContaining(fx.file() + ":21:10: backend: must be one of [auto, cpu, cuda], got 'tpu'");
    }

    @Test
    void rejectsAnUnknownWorkloadName() {
        fx.rejects(valid().replace("name: memcopy", "name: frobnicate"))
                .hasMessageContaining(fx.file() + ":14:11: workloads[1].name: unknown workload 'frobnicate'; "
                        + "the agent knows [gemm, launch, memcopy, memprobe, transfer, vgg16]");
    }

    @Test
    void rejectsAThresholdNamingAWorkloadTheCampaignDoesNotRun() {
        fx.rejects(valid().replace("  - workload: gemm", "  - workload: vgg16"))
                .hasMessageContaining(fx.file() + ":24:15: thresholds[0].workload: unknown workload 'vgg16'; "
                        + "the playbook runs [gemm, memcopy] (or '*' for any)");
    }

    @Test
    void rejectsAThresholdNamingAMetricTheWorkloadDoesNotReport() {
        fx.rejects(valid().replace("metric: tflops", "metric: images_per_second"))
                .hasMessageContaining(fx.file() + ":25:13: thresholds[0].metric: workload 'gemm' has no metric "
                        + "'images_per_second'; it reports [tflops]");
    }

    @Test
    void readsAWithinHistoryBoundInStandardDeviationsAndTheCampaignsItLooksBackOn() {
        Playbook p = fx.load(valid().replace("max_overhead_pct: 10", "within_history: 3sd\n    history_campaigns: 8"));
        assertThat(p.thresholds().get(0).withinHistorySd()).isEqualTo(3.0);
        assertThat(p.thresholds().get(0).historyCampaignsOrDefault()).isEqualTo(8);
    }

    @Test
    void rejectsAWithinHistoryBoundThatIsNotStandardDeviations() {
        fx.rejects(valid().replace("max_overhead_pct: 10", "within_history: 5%"))
                .hasMessageContaining("within_history takes standard deviations, like 3sd; got '5%'");
    }

    @Test
    void rejectsDuplicateFlavorEntries() {
        fx.rejects(valid().replace("flavor: local.half", "flavor: local"))
                .hasMessageContaining(fx.file() + ":8:13: flavors[1].flavor: flavor 'local' is listed twice");
    }

    @Test
    void rejectsAKeyGivenTwiceInOneMapping() {
        fx.rejects(valid().replace("repetitions: 3\n", "repetitions: 3\nrepetitions: 4\n"))
                .hasMessageContaining(fx.file() + ":16:")
                .hasMessageContaining("Duplicate field 'repetitions'");
    }

    @Test
    void rejectsYamlThatDoesNotParseWithItsLocation() {
        fx.rejects("name: [demo\n").hasMessageStartingWith(fx.file() + ":1:").hasMessageContaining("not valid YAML");
    }

    @Test
    void rejectsAnEmptyPlaybook() {
        fx.rejects("").hasMessage(fx.file() + ": the playbook is empty");
    }

    @Test
    void rejectsAFileThatDoesNotExist() {
        java.nio.file.Path missing = dir.resolve("nope.yaml");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlaybookLoader.forHome(PlaybookFixture.HOME)
                .load(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void reportsEveryProblemAtOnceOneLinePerProblemInOrderOfPosition() {
        fx.rejects(valid().replace("instances: 2", "instances: -1").replace("order: random", "order: x")
                .replace("backend: cpu", "backend: y"))
                .hasMessage(String.join(System.lineSeparator(),
                        fx.file() + ":9:16: flavors[1].instances: must be at least 1, got -1",
                        fx.file() + ":17:8: order: must be one of [grouped, interleaved, random], got 'x'",
                        fx.file() + ":21:10: backend: must be one of [auto, cpu, cuda], got 'y'"));
    }

    @Test
    void rejectsStaticHostsThatDoNotCoverTheFlavors() {
        fx.rejects("""
                name: s
                cloud:
                  type: static
                  hosts:
                    - {name: a, address: 192.0.2.1, user: u, flavor: v100-bare}
                    - {name: a, address: 192.0.2.2, user: u, flavor: v100-16q}
                baseline: v100-bare
                flavors:
                  - flavor: v100-bare
                    instances: 2
                workloads: [{name: gemm}]
                """)
                .hasMessageContaining(fx.file() + ":6:14: cloud.hosts[1].name: host 'a' is listed twice")
                .hasMessageContaining(fx.file() + ":6:54: cloud.hosts[1].flavor: host flavor 'v100-16q' is not "
                        + "among the playbook's flavors [v100-bare]")
                .hasMessageContaining(fx.file() + ":10:16: flavors[0].instances: flavor 'v100-bare' asks for 2 "
                        + "instance(s) but the static cloud lists 1 host(s) with that flavor");
    }

    @Test
    void rejectsOpenStackKeysOnALocalCloud() {
        fx.rejects(valid().replace("  type: local\n", "  type: local\n  image: x\n"))
                .hasMessageContaining(fx.file() + ":4:3: cloud.image: unknown key; expected one of [type]");
    }
}
