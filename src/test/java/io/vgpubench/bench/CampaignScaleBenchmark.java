package io.vgpubench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.CampaignOutcome;
import io.vgpubench.campaign.CampaignRunner;
import io.vgpubench.campaign.TestPlaybooks;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.RunOrder;
import io.vgpubench.model.WorkloadSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed test (tag "benchmark", excluded from the default test run): a campaign of
 * 200 instances × 5 workloads × 5 repetitions on a simulated cloud with realistic latencies, against
 * its critical path (the longest single instance's stages). Prints the ratio, the controller's peak
 * heap and its average CPU. Run (with the heap capped at 256 MB, so the heap target is the JVM's limit):
 * mvn -B -pl controller -am test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=CampaignScaleBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m
 */
@Tag("benchmark")
class CampaignScaleBenchmark {
    private static final int INSTANCES = 200;
    private static final int WORKLOADS = 5;
    private static final int REPETITIONS = 5;

    @TempDir
    Path dir;

    /**
     * When each stage of the campaign was reached, from its journal, in seconds since the start: first/last entry
     * of each kind (the first DEPLOYED before the last ACTIVE shows instances deploying while others boot).
     */
    private static void phases(Path journal, Instant t0) {
        List<io.vgpubench.campaign.journal.JournalEntry> entries = io.vgpubench.campaign.journal.Journal.read(journal);
        java.util.Map<String, Instant> first = new java.util.LinkedHashMap<>();
        java.util.Map<String, Instant> last = new java.util.LinkedHashMap<>();
        for (var e : entries) {
            String name = e.getClass().getSimpleName();
            if (e instanceof io.vgpubench.campaign.journal.JournalEntry.InstanceChanged c) {
                name += ":" + c.state();
            }
            first.putIfAbsent(name, e.at());
            last.put(name, e.at());
        }
        StringBuilder sb = new StringBuilder("BENCHMARK phases (first/last entry of each kind, s):");
        last.forEach((k, v) -> sb.append(String.format(" %s=%.1f/%.1f", k,
                Duration.between(t0, first.get(k)).toMillis() / 1e3, Duration.between(t0, v).toMillis() / 1e3)));
        System.out.println(sb);
    }

    @Test
    void twoHundredInstancesFinishCloseToTheirCriticalPath() throws Exception {
        SimulatedCloud cloud = new SimulatedCloud(Duration.ofMillis(100), Duration.ofSeconds(6),
                Duration.ofMillis(500), Duration.ofMillis(300));
        List<WorkloadSpec> workloads = List.of(new WorkloadSpec("gemm", Map.of()), new WorkloadSpec("memcopy", Map.of()),
                new WorkloadSpec("vgg16", Map.of()), new WorkloadSpec("launch", Map.of()),
                new WorkloadSpec("transfer", Map.of()));
        Playbook playbook = TestPlaybooks.local(Files.writeString(dir.resolve("p.yaml"), "# built in code\n"),
                RunOrder.INTERLEAVED, REPETITIONS, Duration.ofMinutes(5), workloads,
                List.of(new FlavorUnderTest("local", INSTANCES / 2, List.of(1)),
                        new FlavorUnderTest("local.half", INSTANCES / 2, List.of(1))));
        assertThat(workloads).hasSize(WORKLOADS);
        CampaignRunner runner = new CampaignRunner(Path.of(System.getProperty("vgpubench.home", ".")),
                new PrintWriter(new StringWriter()), (p, d) -> playbook, (spec, root) -> cloud);

        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        Instant t0 = Instant.now();
        CampaignOutcome outcome = runner.run(playbook, TestPlaybooks.flavors(), dir.resolve("results"));
        Duration wall = Duration.between(t0, Instant.now());
        double cpuCores = (os.getProcessCpuTime() - cpu0) / 1e9 / (wall.toMillis() / 1e3);
        sampler.interrupt();

        Duration critical = cloud.criticalPath(WORKLOADS * REPETITIONS);
        double ratio = wall.toMillis() / (double) critical.toMillis();
        System.out.printf("BENCHMARK campaign-scale: %d instances x %d workloads x %d reps: wall %.1f s, critical path "
                        + "%.1f s, ratio %.3f (target <= 1.2); peak heap used %d MB of a %d MB cap (target < 256); CPU %.2f "
                        + "cores on average (target < 1); API calls %d; samples %d%n", INSTANCES, WORKLOADS, REPETITIONS,
                wall.toMillis() / 1e3, critical.toMillis() / 1e3, ratio, peakHeap.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, cpuCores,
                cloud.apiCalls.get(), outcome.samples());
        phases(outcome.directory().resolve("journal.jsonl"), t0);
        assertThat(outcome.samples()).isEqualTo(INSTANCES * WORKLOADS * REPETITIONS);
        assertThat(outcome.failedRuns()).isEmpty();
    }
}
