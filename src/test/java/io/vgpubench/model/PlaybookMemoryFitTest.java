package io.vgpubench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tasks × memory_fraction must fit the card: a playbook that cannot is refused with the numbers and the place. */
class PlaybookMemoryFitTest {
    @TempDir
    Path dir;
    PlaybookFixture fx;

    @BeforeEach
    void setUp() {
        fx = new PlaybookFixture(dir);
    }

    private static String playbook(String flavors, String memory) {
        return """
                name: fit
                cloud: {type: local}
                baseline: local
                flavors:
                %s
                workloads: [{name: gemm}]
                %s""".formatted(flavors, memory);
    }

    @Test
    void twoTasksAtNinetyFivePercentEachAreRefusedAtTheTaskCountWithTheNumbersAndTheWayOut() {
        fx.rejects(PlaybookLoaderTest.VALID.replace("memory_fraction: 0.25", "memory_fraction: 0.95"))
                .hasMessageContaining(fx.file() + ":7:16: flavors[0].tasks[1]: 2 tasks × memory_fraction 0.95 = 1.9 of"
                        + " the card's memory: the tasks cannot all fit on the card; at most 1 task fits at memory_fraction"
                        + " 0.95, or set memory_fraction to at most 0.5 for 2 tasks")
                .hasMessageContaining(fx.file() + ":10:13: flavors[1].tasks[0]: 2 instances × 2 tasks × memory_fraction 0.95");
    }

    @Test
    void withoutMemoryFractionEachTaskMayTakeTheWholeCardSoSeveralTasksAreRefused() {
        fx.rejects(playbook("  - {flavor: local, tasks: [1, 4]}", ""))
                .hasMessageContaining(fx.file() + ":5:32: flavors[0].tasks[1]: 4 tasks × memory_fraction 1 (the default,"
                        + " no cap) = 4 of the card's memory: the tasks cannot all fit on the card; at most 1 task fits at"
                        + " memory_fraction 1, or set memory_fraction to at most 0.25 for 4 tasks");
    }

    @Test
    void aFlavorWithAKnownFrameBufferIsToldInGigabytesToo() {
        fx.rejects(playbook("  - {flavor: v100-8q, tasks: [1, 2]}", "memory_fraction: 0.6\n")
                        .replace("baseline: local", "baseline: v100-8q"))
                .hasMessageContaining("flavors[0].tasks[1]: 2 tasks × memory_fraction 0.6 = 1.2 of the card's memory"
                        + " (9.6 GB of the 8 GB frame buffer of v100-8q): the tasks cannot all fit on the card; at most 1"
                        + " task fits at memory_fraction 0.6, or set memory_fraction to at most 0.5 for 2 tasks");
    }

    @Test
    void threeTasksAtAThirdEachFitAndSoDoesADensitySweepAtAnEighth() {
        assertThat(fx.load(playbook("  - {flavor: local, tasks: [1, 2, 3]}", "memory_fraction: 0.333\n")).memoryFraction())
                .isEqualTo(0.333);
        assertThat(fx.load(playbook("  - {flavor: local, tasks: [1, 2, 4, 8]}", "memory_fraction: 0.125\n"))
                .flavors().get(0).tasks()).containsExactly(1, 2, 4, 8);
        assertThat(fx.load(playbook("  - {flavor: local, tasks: [1]}", "")).memoryFraction()).isEqualTo(1.0);
    }

    @Test
    void onTheLocalCloudEveryInstancesTasksShareThisMachinesDeviceSoInstancesTimesTasksMustFit() {
        fx.rejects(playbook("  - {flavor: local}\n  - {flavor: local.half, instances: 2, tasks: [2]}", "memory_fraction: 0.3\n"))
                .hasMessageContaining(fx.file() + ":6:48: flavors[1].tasks[0]: 2 instances × 2 tasks × memory_fraction 0.3"
                        + " = 1.2 of the device's memory: on the local cloud every instance's tasks share this machine's"
                        + " device, so they cannot all fit; set memory_fraction to at most 0.25, or run fewer instances or"
                        + " tasks");
        assertThat(fx.load(playbook("  - {flavor: local}\n  - {flavor: local.half, instances: 2, tasks: [2]}",
                "memory_fraction: 0.25\n")).flavors()).hasSize(2);
    }

    @Test
    void elsewhereEachInstanceHasItsOwnCardSoOnlyTasksCount() {
        String hosts = """
                cloud:
                  type: static
                  hosts:
                    - {name: a, address: 192.0.2.1, user: u, flavor: v100-bare}
                    - {name: b, address: 192.0.2.2, user: u, flavor: v100-bare}
                """;
        assertThat(fx.load(playbook("  - {flavor: v100-bare, instances: 2, tasks: [1, 2]}", "memory_fraction: 0.5\n")
                .replace("cloud: {type: local}\n", hosts).replace("baseline: local", "baseline: v100-bare"))
                .memoryFraction()).isEqualTo(0.5);
    }

    @Test
    void oneTooManyTasksIsToldHowManyFit() {
        fx.rejects(playbook("  - {flavor: local, tasks: [3]}", "memory_fraction: 0.4\n"))
                .hasMessageContaining("flavors[0].tasks[0]: 3 tasks × memory_fraction 0.4 = 1.2 of the card's memory:"
                        + " the tasks cannot all fit on the card; at most 2 tasks fit at memory_fraction 0.4, or set"
                        + " memory_fraction to at most 0.333 for 3 tasks");
    }
}
