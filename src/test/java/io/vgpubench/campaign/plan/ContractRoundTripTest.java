package io.vgpubench.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.agent.spec.SpecReader;
import io.vgpubench.campaign.TestPlaybooks;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.contract.ContractJson;
import io.vgpubench.contract.event.AgentEvent;
import io.vgpubench.contract.event.AgentEvents;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.contract.spec.CommandSpec;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import io.vgpubench.contract.spec.SlotSchedule;
import io.vgpubench.model.CommandDefinition;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.RunOrder;
import io.vgpubench.model.WorkloadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's side and the agent's side of the one contract, each reading what the other wrote. */
class ContractRoundTripTest {
    @TempDir Path dir;

    private static Playbook playbook() {
        return TestPlaybooks.local(Path.of("p.yaml"), RunOrder.RANDOM, 3, Duration.ofMinutes(5),
                List.of(new WorkloadSpec("gemm", Map.of("precision", "fp64", "m", "64"), null),
                        new WorkloadSpec("memcopy", Map.of(), null)),
                List.of(new FlavorUnderTest("local.half", 2, List.of(1, 2))));
    }

    @Test
    void aSpecAsTheControllerWritesItIsReadByTheAgentUnchangedWithItsSlots() throws Exception {
        Playbook p = playbook();
        InstancePlan plan = RunMatrix.expand(p, new CampaignId("c-1"), TestPlaybooks.flavors()).get(0);
        Batch batch = plan.batches().get(1);
        List<SlotSchedule> slots = Slots.plan(batch.runs(), p.slots());
        List<RunRequest> runs = new ArrayList<>();
        for (int i = 0; i < batch.runs().size(); i++) {
            PlannedRun r = batch.runs().get(i);
            runs.add(new RunRequest(r.runId(), r.workload().name(), r.workload().parameters(), r.repetitions(),
                    p.warmup(), 300, null, slots.get(i)));
        }
        RunSpec written = new RunSpec("c-1", plan.name(), "local.half", plan.group() + "/" + batch.id(),
                plan.groupMembers() * batch.tasks(), 1, batch.tasks(), "cpu", 0.5, null, true, runs);
        Path file = dir.resolve("spec.json");
        ContractJson.strict().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), written);

        RunSpec read = SpecReader.read(file);

        assertThat(read).isEqualTo(written);
        assertThat(read.groupSize()).isEqualTo(4);
        assertThat(read.runs()).allSatisfy(r -> assertThat(r.schedule()).isNotNull());
        assertThat(read.runs().get(1).schedule().firstSlotMs())
                .as("the second run's slots start after the first run's slots and its own prepare window")
                .isEqualTo(read.runs().get(0).schedule().endMs(1) + p.slots().prepare().toMillis());
    }

    @Test
    void aCommandWithAStartupTimeGetsItOnTopOfItsSettleAndTheAgentReadsItBack() throws Exception {
        CommandDefinition own = new CommandDefinition(List.of("python3", "resnet50_infer.py"), Map.of(), null, List.of(),
                List.of("images_per_second"), null, Duration.ofSeconds(12));
        Playbook p = TestPlaybooks.local(Path.of("p.yaml"), RunOrder.GROUPED, 3, Duration.ofMinutes(5),
                List.of(new WorkloadSpec("resnet50-infer", Map.of(), null, own, Duration.ofSeconds(3))),
                List.of(new FlavorUnderTest("local.half", 1, List.of(2))));
        InstancePlan plan = RunMatrix.expand(p, new CampaignId("c-1"), TestPlaybooks.flavors()).get(0);
        PlannedRun r = plan.batches().get(0).runs().get(0);

        SlotSchedule slot = Slots.plan(plan.batches().get(0).runs(), p.slots()).get(0);

        assertThat(slot.settleMs()).as("12 s of start-up, then a fifth of the 3 s window").isEqualTo(12_000 + 600);
        assertThat(slot.measureMs()).isEqualTo(3000);
        assertThat(slot.slotMs()).isEqualTo(12_600 + 3000 + 900);
        RunSpec written = new RunSpec("c-1", plan.name(), "local.half", plan.group() + "/b", 2, 0, 2, "cpu", 0.5, null,
                true, List.of(new RunRequest(r.runId(), r.workload().name(), Map.of(), r.repetitions(), p.warmup(), 300,
                        null, slot, own.toSpec(null, Duration.ofMinutes(5)))));
        Path file = dir.resolve("spec.json");
        ContractJson.strict().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), written);
        assertThat(Files.readString(file)).contains("\"startup_ms\" : 12000");

        RunSpec read = SpecReader.read(file);

        assertThat(read).isEqualTo(written);
        assertThat(read.runs().get(0).command().windowed()).isTrue();
        assertThat(read.runs().get(0).command().startupMs()).isEqualTo(12_000L);
    }

    @Test
    void aCommandsContainerReachesTheAgentAndAnOldSpecWithoutOneReadsBackWithout() throws Exception {
        CommandDefinition boxed = new CommandDefinition(List.of("python3", "infer.py"), Map.of(), null, List.of(),
                List.of(), null, null, new CommandSpec.Container("nvcr.io/nvidia/pytorch:24.05-py3", "podman"));
        RunSpec written = new RunSpec("c-1", "vm", "local", null, 1, 0, 1, "cpu", 0.5, null, null,
                List.of(new RunRequest("r1", "boxed", Map.of(), 1, 0, 300, null, null, boxed.toSpec(null, Duration.ofMinutes(5)))));
        Path file = dir.resolve("spec.json");
        ContractJson.strict().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), written);
        assertThat(Files.readString(file)).contains("\"image\" : \"nvcr.io/nvidia/pytorch:24.05-py3\"")
                .contains("\"runtime\" : \"podman\"");

        assertThat(SpecReader.read(file)).isEqualTo(written);

        Files.writeString(file, Files.readString(file).replaceAll("(?s),\\s*\"container\"\\s*:\\s*\\{[^}]*\\}", ""));
        assertThat(Files.readString(file)).doesNotContain("container");
        assertThat(SpecReader.read(file).runs().get(0).command().container()).isNull();
    }

    @Test
    void everyInstanceOfAGroupRunsTheSameOrderSoCoRunnersMeasureTheSameWorkloadInASlot() {
        List<InstancePlan> plans = RunMatrix.expand(playbook(), new CampaignId("c-1"), TestPlaybooks.flavors());

        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).batches()).isEqualTo(plans.get(1).batches());
    }

    @Test
    void aSampleEventAsTheAgentWritesItIsReadByTheControllerWithItsIntervals() throws Exception {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        Sample sample = new Sample("c-1", "vm-1", "local.half", "w0-gemm-r2", "gemm", Map.of("m", "64"), 1, 1, 2, 0,
                "tflops", 1.5, "TFLOP/s", true, t.plusMillis(40), t.plusMillis(290), "cuda",
                new DeviceFacts("H200", "GPU-1", "580", "13.0", 1L, 1L, null, 1980, 1980, 3200, 600.0, 50.0, "bare", "nvml"),
                "c-1-local-half/t2", 4, t, t.plusMillis(340), t.plusMillis(1), t.plusMillis(341), 12);
        ByteArrayLog log = new ByteArrayLog();
        new io.vgpubench.agent.run.EventLog(log).write(sample);

        AgentEvent read = AgentEvents.read(log.line());

        assertThat(log.line()).startsWith("{\"type\":\"sample\"");
        assertThat(read).isEqualTo(sample);
        assertThat(AgentEvents.read("{\"type\":\"from_the_future\",\"x\":1}")).isEqualTo(new AgentEvent.Unknown("from_the_future"));
    }

    /** The bytes an agent's event log wrote. */
    private static final class ByteArrayLog extends java.io.ByteArrayOutputStream {
        String line() {
            return toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        }
    }
}
