package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.history.SyntheticCampaigns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {
    @TempDir
    Path results;

    @Test
    void historyOfAResultsFolderPrintsEachSeriesBandAndWritesThePage() throws Exception {
        SyntheticCampaigns.write(results, 3, 0);
        CliRun run = CliRun.of("history", results.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("3 campaign(s), 4 series, 4 with a reference band")
                .containsPattern("gemm-fp64 · tflops h100-40c ×1: \\[[0-9.]+, [0-9.]+\\] TFLOP/s \\(mean of the last 3 campaigns ± 3 sd\\)").contains("history written to " + results.resolve("history"));
        assertThat(results.resolve("history/history.html")).exists();
        assertThat(results.resolve("history/history.csv")).exists();
    }

    @Test
    void workloadAndFlavorNarrowTheHistoryDown() throws Exception {
        SyntheticCampaigns.write(results, 2, 0);
        CliRun run = CliRun.of("history", results.toString(), "--workload", "gemm-fp64", "--flavor", "bare",
                "--out", results.resolve("h").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2 campaign(s), 1 series, 1 with a reference band");
        assertThat(Files.readString(results.resolve("h/history.md"))).doesNotContain("memprobe").doesNotContain("h100-40c");
    }

    @Test
    void compareWithHistoryExitsOneWhereBLiesOutsideTheBandOfTheCampaignsBeforeIt() throws Exception {
        SyntheticCampaigns.write(results, 4, 0); // the newest (day 3) ran h100-40c 15% slow
        Path a = results.resolve(SyntheticCampaigns.id(0));
        Path b = results.resolve(SyntheticCampaigns.id(3));
        CliRun run = CliRun.of("compare", a.toString(), b.toString(), "--history", results.toString(), "--last", "3");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FAILED_RUNS);
        assertThat(run.out()).contains("## B against history");
        assertThat(run.err()).contains("OUTSIDE its history: gemm-fp64 · tflops, h100-40c x1").doesNotContain(", bare x1");
    }

    @Test
    void compareWithHistoryExitsZeroWhereBIsInStepWithIt() throws Exception {
        SyntheticCampaigns.write(results, 3, 0);
        CliRun run = CliRun.of("compare", results.resolve(SyntheticCampaigns.id(0)).toString(),
                results.resolve(SyntheticCampaigns.id(2)).toString(), "--history", results.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("## B against history").contains("| within |");
    }
}
