package io.vgpubench.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.campaign.TestPlaybooks;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.RunOrder;
import io.vgpubench.model.WorkloadSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunMatrixTest {
    private static final CampaignId ID = new CampaignId("test-20261125t1700-abcd");
    private static final List<WorkloadSpec> WORKLOADS = List.of(new WorkloadSpec("gemm", Map.of("precision", "fp64")),
            new WorkloadSpec("memcopy", Map.of()));

    private static Playbook playbook(RunOrder order) {
        return TestPlaybooks.local(Path.of("p.yaml"), order, 3, Duration.ofMinutes(1), WORKLOADS,
                List.of(new FlavorUnderTest("local", 2, List.of(1, 2)), new FlavorUnderTest("local.half", 1, List.of(2))));
    }

    @Test
    void expandsFlavorsTimesInstancesTimesTaskCountsWithTheCampaignIdInEveryName() {
        List<InstancePlan> plans = RunMatrix.expand(playbook(RunOrder.GROUPED), ID, TestPlaybooks.flavors());
        assertThat(plans).extracting(InstancePlan::name).containsExactly(ID + "-local-1", ID + "-local-2",
                ID + "-local-half-1");
        assertThat(plans.get(0).batches()).extracting(Batch::tasks).containsExactly(1, 2);
        assertThat(plans.get(2).batches()).extracting(Batch::tasks).containsExactly(2);
        assertThat(plans).allSatisfy(p -> assertThat(p.name()).startsWith(ID.value()));
    }

    @Test
    void groupedOrderRunsAllRepetitionsOfAWorkloadInOneRun() {
        List<PlannedRun> runs = RunMatrix.expand(playbook(RunOrder.GROUPED), ID, TestPlaybooks.flavors()).get(0)
                .batches().get(0).runs();
        assertThat(runs).extracting(PlannedRun::runId).containsExactly("w0-gemm", "w1-memcopy");
        assertThat(runs).extracting(PlannedRun::repetitions).containsExactly(3, 3);
    }

    @Test
    void interleavedOrderAlternatesWorkloadsOneRepetitionAtATime() {
        List<PlannedRun> runs = RunMatrix.expand(playbook(RunOrder.INTERLEAVED), ID, TestPlaybooks.flavors()).get(0)
                .batches().get(0).runs();
        assertThat(runs).extracting(PlannedRun::runId).containsExactly("w0-gemm-r0", "w1-memcopy-r0", "w0-gemm-r1",
                "w1-memcopy-r1", "w0-gemm-r2", "w1-memcopy-r2");
        assertThat(runs).extracting(PlannedRun::firstRepetition).containsExactly(0, 0, 1, 1, 2, 2);
    }

    @Test
    void randomOrderIsAPermutationReproducibleFromTheRecordedSeed() {
        List<PlannedRun> a = RunMatrix.expand(playbook(RunOrder.RANDOM), ID, TestPlaybooks.flavors()).get(0)
                .batches().get(0).runs();
        List<PlannedRun> b = RunMatrix.expand(playbook(RunOrder.RANDOM), ID, TestPlaybooks.flavors()).get(0)
                .batches().get(0).runs();
        List<PlannedRun> interleaved = RunMatrix.expand(playbook(RunOrder.INTERLEAVED), ID, TestPlaybooks.flavors())
                .get(0).batches().get(0).runs();
        assertThat(a).isEqualTo(b).containsExactlyInAnyOrderElementsOf(interleaved);
    }
}
