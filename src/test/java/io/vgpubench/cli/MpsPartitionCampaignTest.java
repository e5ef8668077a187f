package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SamplesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local flavors partitioned by MPS through `vgpubench run`, with the stand-in MPS control program of
 * src/test/resources/mps: the campaign starts its own daemon, its agents are clients with their flavor's limits
 * (every sample says so), teardown leaves no daemon, a controller killed mid-run leaves one that resume finds, uses
 * and stops; without MPS, `plan` refuses and names what to use instead.
 */
class MpsPartitionCampaignTest {
    private static final String PROPERTY = "vgpubench.mps.control";
    private static final Path STAND_IN = Path.of("src/test/resources/mps/nvidia-cuda-mps-control").toAbsolutePath();
    @TempDir
    Path dir;

    @AfterEach
    void forgetTheStandIn() {
        System.clearProperty(PROPERTY);
    }

    private Path playbook() throws Exception {
        return Files.writeString(dir.resolve("mps.yaml"), """
                name: mps
                cloud: {type: local}
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1]}
                  - {flavor: local.mps50, instances: 1, tasks: [2]}
                workloads:
                  - {name: memcopy, parameters: {bytes: 65536}}
                repetitions: 3
                repetition_time: 50ms
                prepare_time: 500ms
                backend: cpu
                memory_fraction: 0.25
                time_limit: 2m
                """);
    }

    @Test
    void theMpsFlavorsAgentsAreClientsOfTheCampaignsOwnDaemonWithTheirLimitsAndTeardownStopsIt() throws Exception {
        System.setProperty(PROPERTY, STAND_IN.toString());

        CliRun run = CliRun.of("run", playbook().toString(), "--results", dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).filteredOn(s -> s.flavor().equals("local.mps50")).hasSize(2 * 3)
                .allSatisfy(s -> assertThat(s.device().sharing()).isEqualTo("mps client: 50% of SMs"));
        assertThat(samples).filteredOn(s -> s.flavor().equals("local")).hasSize(3)
                .allSatisfy(s -> assertThat(s.device().sharing()).isNull());
        assertThat(campaign.resolve("report.md")).content().as("the sharing mode beside each flavor")
                .contains("mps: 50% of SMs").contains("time-sliced");
        assertThat(campaign.resolve("mps-log/control.log")).content().contains("started").contains("quit");
        assertThat(KillAndResumeTest.liveProcessesMentioning(STAND_IN)).as("no MPS daemon left").isEmpty();
    }

    @Test
    void aControllerKilledMidRunLeavesItsDaemonWhichResumeUsesAndThenStops() throws Exception {
        Path playbook = Files.writeString(dir.resolve("killed.yaml"), Files.readString(playbook())
                .replace("repetitions: 3", "repetitions: 6").replace("repetition_time: 50ms", "repetition_time: 200ms")
                .replace("  - {name: memcopy, parameters: {bytes: 65536}}",
                        "  - {name: memcopy, parameters: {bytes: 65536}}\n  - {name: gemm, parameters: {precision: fp64, m: 96, n: 96, k: 96}}"));
        Path results = dir.resolve("results");
        Process controller = ControllerProcess.run(playbook, results, dir.resolve("controller.log"),
                "-D" + PROPERTY + "=" + STAND_IN);
        Path campaign = ControllerProcess.awaitJournal(results, j -> j.stream()
                .anyMatch(e -> e instanceof io.vgpubench.campaign.journal.JournalEntry.SamplesCollected));
        controller.destroyForcibly().waitFor();
        assertThat(KillAndResumeTest.liveProcessesMentioning(STAND_IN)).as("the killed controller's daemon is still there").isNotEmpty();

        System.setProperty(PROPERTY, STAND_IN.toString());
        CliRun resumed = CliRun.of("resume", campaign.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(samples).filteredOn(s -> s.flavor().equals("local.mps50")).hasSize(2 * 2 * 6)
                .allSatisfy(s -> assertThat(s.device().sharing()).isEqualTo("mps client: 50% of SMs"));
        assertThat(samples).filteredOn(s -> s.flavor().equals("local")).hasSize(2 * 6);
        assertThat(campaign.resolve("mps-log/control.log")).content().as("one daemon, found again, then stopped")
                .containsOnlyOnce("started").contains("quit");
        assertThat(KillAndResumeTest.liveProcessesMentioning(STAND_IN)).as("no MPS daemon left").isEmpty();
    }

    @Test
    void withoutMpsPlanRefusesTheMpsFlavorsAndSaysWhatToUseInstead() throws Exception {
        System.setProperty(PROPERTY, dir.resolve("no-such-program").toString());
        Path playbook = playbook();

        CliRun run = CliRun.of("plan", playbook.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("DOES NOT FIT: local.mps50: nvidia-cuda-mps-control is not on PATH")
                .contains("use time-sliced ones (local, local.half)");
    }
}
