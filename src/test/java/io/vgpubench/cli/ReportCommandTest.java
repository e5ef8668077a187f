package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final String HEADER = "flavor,workload,metric,unit,higher_is_better,tasks,value,repetition,share_fraction\n";
    @TempDir
    Path dir;

    private Path csv(String body) throws Exception {
        Path f = dir.resolve("samples.csv");
        Files.writeString(f, HEADER + body);
        return f;
    }

    @Test
    void writesReportFilesFromImportedSamplesAndPrintsTheOverheadTable() throws Exception {
        Path f = csv("""
                bare,vgg16,runtime,s,false,1,178.6,0,1
                bare,vgg16,runtime,s,false,1,179.8,1,1
                bare,vgg16,runtime,s,false,1,181.0,2,1
                v100-16q,vgg16,runtime,s,false,1,196.9,0,1
                v100-16q,vgg16,runtime,s,false,1,198.1,1,1
                v100-16q,vgg16,runtime,s,false,1,199.3,2,1
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("report", "--samples", f.toString(), "--baseline", "bare", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // (198.1/179.8 − 1)·100 = 10.18
        assertThat(run.out()).contains("v100-16q").contains("+10.2%").contains("report written to " + out);
        assertThat(out.resolve("report.md")).exists();
        assertThat(out.resolve("summary.json")).exists();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary).hasSize(3);
        assertThat(summary.get(2)).startsWith("vgg16,runtime,s,v100-16q,1,3,198.1");
    }

    @Test
    void samplesOfTwoTasksFromACsvAreLeftOutAsWithoutScheduleAndTheReportSaysHowMany() throws Exception {
        Path f = csv("""
                bare,vgg16,runtime,s,false,1,178.6,0,1
                bare,vgg16,runtime,s,false,1,179.8,1,1
                bare,vgg16,runtime,s,false,2,225.4,0,1
                bare,vgg16,runtime,s,false,2,226.0,0,1
                """);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("report", "--samples", f.toString(), "--baseline", "bare", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(2).noneMatch(l -> l.contains(",bare,2,"));
        assertThat(run.out()).contains("2 sample(s) of shared cards left out of these figures");
        assertThat(Files.readString(out.resolve("report.md")))
                .contains("**2 sample(s) of more than one task left out: a samples CSV carries no time slots.**")
                .contains("| bare | 2 | vgg16 | runtime | 2 | 2 | no-schedule 2 |");
        assertThat(out.resolve("overlap.csv")).as("a CSV has no sample keys").doesNotExist();
    }

    @Test
    void badRowIsRejectedWithFileLineAndColumnAndExitTwo() throws Exception {
        Path f = csv("""
                bare,vgg16,runtime,s,false,1,178.6,0,1
                v100-16q,vgg16,runtime,s,false,1,fast,0,1
                """);
        CliRun run = CliRun.of("report", "--samples", f.toString(), "--baseline", "bare", "--out", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(f + " line 3, column value: 'fast' is not a number");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void unknownColumnAndBadFlagAndMissingBaselineAreBadInput() throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "flavor,workload,metric,unit,higher_is_better,tasks,value,colour\n");
        assertThat(CliRun.of("report", "--samples", f.toString(), "--baseline", "bare").err())
                .contains(f + " line 1, column colour: unknown column");
        Path g = csv("bare,vgg16,runtime,s,maybe,1,178.6,0,1\n");
        CliRun bad = CliRun.of("report", "--samples", g.toString(), "--baseline", "bare");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("line 2, column higher_is_better: 'maybe' is not true or false");
        Path h = csv("v100-16q,vgg16,runtime,s,false,1,178.6,0,1\n");
        CliRun noBase = CliRun.of("report", "--samples", h.toString(), "--baseline", "bare");
        assertThat(noBase.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noBase.err()).contains("the baseline flavor 'bare' has no values");
        assertThat(CliRun.of("report", "--samples", h.toString()).err()).contains("--baseline FLAVOR is required");
    }

    @Test
    void reportsACampaignFolderFromSamplesJsonlAndCampaignJson() throws Exception {
        Path c = campaignC1();
        CliRun run = CliRun.of("report", c.toString());
        // (1 − 5/10)·100 = 50% lost throughput > 5% threshold: the campaign's thresholds fail, exit 1.
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FAILED_RUNS);
        assertThat(run.out()).contains("local-half").contains("+50.0%").contains("FAILED threshold");
        String md = Files.readString(c.resolve("report.md"));
        assertThat(md).contains("no GPU: CPU backend").contains("partial last line ignored")
                .contains("| local-half | time-sliced | 1 | 5.00 ± 0.20 | 3 |");
        // share efficiency: relative performance 0.5 / share 0.5 = 1.0
        assertThat(Files.readAllLines(c.resolve("summary.csv")).get(2)).contains(",0.5,1.0,").endsWith(",FIELLER");
    }

    @Test
    void samplesOfAnUnlicensedVgpuAreRefusedWhereThePlaybookRequiresALicenseAndTheReportSaysWhich() throws Exception {
        Path c = dir.resolve("c2");
        Files.createDirectories(c);
        Files.writeString(c.resolve("campaign.json"), """
                {"campaign": "c2", "baseline": "bare", "cloud": "openstack", "seed": 7,
                 "flavors": {"bare": {"share_fraction": 1.0}, "g3.small": {"share_fraction": 0.2}},
                 "require": {"licensed": true, "no_throttle": false}}
                """);
        StringBuilder lines = new StringBuilder();
        String[][] who = {{"bare", "bare-1", "Licensed (Expiry: 2026-12-30 14:01:55 GMT)"},
                {"g3.small", "g3-small-1", "Licensed (Expiry: 2026-12-30 14:01:55 GMT)"},
                {"g3.small", "g3-small-2", "Unlicensed (Restricted)"}};
        for (String[] w : who) {
            for (int i = 1; i <= 3; i++) {
                lines.append(String.format("{\"campaign\":\"c2\",\"instance\":\"%s\",\"flavor\":\"%s\","
                        + "\"run_id\":\"r\",\"workload\":\"gemm\",\"repetition\":%d,\"task\":0,\"tasks\":1,"
                        + "\"metric\":\"tflops\",\"value\":%s,\"unit\":\"TFLOP/s\",\"higher_is_better\":true,"
                        + "\"started_at\":\"2025-01-01T00:00:0%dZ\",\"device\":{\"license_status\":\"%s\"}}%n",
                        w[1], w[0], i, w[0].equals("bare") ? 19.5 + i * 0.01 : 3.0 + i * 0.01, i, w[2]));
            }
        }
        Files.writeString(c.resolve("samples.jsonl"), lines);

        CliRun run = CliRun.of("report", c.toString());

        assertThat(run.exitCode()).as("refused samples fail the campaign: " + run.out() + run.err())
                .isEqualTo(ExitCode.FAILED_RUNS);
        String md = Files.readString(c.resolve("report.md"));
        assertThat(md).contains("## Failures").contains("g3-small-2: 3 sample(s) refused by require.licensed: the vGPU"
                + " reported Unlicensed (Restricted)");
        assertThat(Files.readAllLines(c.resolve("summary.csv"))).filteredOn(l -> l.startsWith("gemm,tflops,TFLOP/s,g3.small,1,"))
                .singleElement().asString().as("n counts the licensed instance's 3 only").startsWith("gemm,tflops,TFLOP/s,g3.small,1,3,");
    }

    @Test
    void theCampaignIdThatRunPrintsIsFoundUnderTheResultsFolder() throws Exception {
        Path c = campaignC1();
        CliRun run = CliRun.of("report", "c1", "--results", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FAILED_RUNS);
        assertThat(run.out()).contains("report written to " + c);
        assertThat(c.resolve("report.html")).exists();
    }

    @Test
    void anIdUnderNoResultsFolderIsBadInputNamingWhatWasLookedFor() {
        CliRun run = CliRun.of("report", "c-nowhere", "--results", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("c-nowhere");
    }

    private Path campaignC1() throws Exception {
        Path c = dir.resolve("c1");
        Files.createDirectories(c);
        Files.writeString(c.resolve("campaign.json"), """
                {"campaign": "c1", "baseline": "local",
                 "cloud": "local", "seed": 7,
                 "flavors": {"local": {"name": "local", "cloud_flavor": "local", "share_fraction": 1.0, "scheduler": null},
                             "local-half": {"share_fraction": 0.5, "scheduler": "time-sliced"}},
                 "thresholds": [{"workload": "gemm-fp64", "metric": "gflops", "flavor": "*", "max_overhead_pct": 5}]}
                """);
        StringBuilder lines = new StringBuilder();
        double[][] values = {{10.0, 10.2, 9.8}, {5.0, 5.2, 4.8}};
        String[] flavors = {"local", "local-half"};
        for (int f = 0; f < 2; f++) {
            for (int i = 0; i < 3; i++) {
                lines.append(String.format("{\"campaign\":\"c1\",\"instance\":\"%s-0\",\"flavor\":\"%s\",\"run_id\":\"r\","
                        + "\"workload\":\"gemm-fp64\",\"repetition\":%d,\"task\":0,\"tasks\":1,\"metric\":\"gflops\","
                        + "\"value\":%s,\"unit\":\"GFLOP/s\",\"higher_is_better\":true,"
                        + "\"started_at\":\"2025-01-01T00:00:0%dZ\"}%n", flavors[f], flavors[f], i, values[f][i], i));
            }
        }
        lines.append("{\"type\":\"warning\",\"message\":\"no GPU: CPU backend\"}\n{\"campaign\":\"c1\",\"flav");
        Files.writeString(c.resolve("samples.jsonl"), lines);
        return c;
    }

    @Test
    void corruptLineInTheMiddleOfSamplesJsonlIsBadInputNamingTheLine() throws Exception {
        Path c = dir.resolve("c2");
        Files.createDirectories(c);
        Files.writeString(c.resolve("samples.jsonl"), "{\"flavor\":\"a\",\"workload\":\"w\",\"metric\":\"m\",\"value\":1}\nnot json\n");
        CliRun run = CliRun.of("report", c.toString(), "--baseline", "a");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(c.resolve("samples.jsonl") + " line 2: not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5d", "5f", "0x1p3", "NaN", "Infinity", "1_000", "١٢"})
    void javaOnlyNumberFormsAreRefusedNamingFileLineAndColumn(String value) throws Exception {
        Path f = csv("bare,vgg16,runtime,s,false,1,178.6,0,1\nv100-16q,vgg16,runtime,s,false,1," + value + ",0,1\n");
        CliRun run = CliRun.of("report", "--samples", f.toString(), "--baseline", "bare", "--out", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(f + " line 3, column value: '" + value + "' is not a number");
    }

    @Test
    void aWholeNumberWithAJavaSuffixIsRefusedToo() throws Exception {
        Path f = csv("bare,vgg16,runtime,s,false,1L,178.6,0,1\n");
        CliRun run = CliRun.of("report", "--samples", f.toString(), "--baseline", "bare");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(f + " line 2, column tasks: '1L' is not a whole number");
    }

    @Test
    void negativeTimesAndThroughputsAreRefusedWhileDecimalFormsPeopleWriteAreRead() throws Exception {
        Path time = csv("bare,vgg16,runtime,s,false,1,1.786e2,0,1\nv100-16q,vgg16,runtime,s,false,1,-198.1,0,1\n");
        CliRun run = CliRun.of("report", "--samples", time.toString(), "--baseline", "bare");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(time + " line 3, column value: '-198.1' is negative, but its unit 's' is a time, "
                + "rate or size");
        Path rate = csv("bare,gemm,tflops,TFLOP/s,true,1,-4.7,0,1\n");
        assertThat(CliRun.of("report", "--samples", rate.toString(), "--baseline", "bare").err())
                .contains("line 2, column value: '-4.7' is negative, but its unit 'TFLOP/s'");
        Path figures = dir.resolve("figures.csv");
        Files.writeString(figures, "flavor,workload,metric,unit,higher_is_better,tasks,n,mean,sd\n"
                + "bare,copy,bandwidth,GB/s,true,1,5,-12.0,0.1\n");
        CliRun fig = CliRun.of("report", "--summary", figures.toString(), "--baseline", "bare");
        assertThat(fig.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fig.err()).contains(figures + " line 2, column mean: '-12.0' is negative");
        Path fine = csv("bare,vgg16,runtime,s,false,1,+1.786e2,0,1\nbare,vgg16,runtime,s,false,1,.5E+1,1,1\n"
                + "bare,vgg16,runtime,s,false,1,180.,2,1\n");
        assertThat(CliRun.of("report", "--samples", fine.toString(), "--baseline", "bare", "--out",
                dir.resolve("ok").toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aUnitlessScoreIsAcceptedAndShownAsUnitless() throws Exception {
        Path f = csv("""
                bare,spec-accel,score,,true,1,10.0,0,1
                bare,spec-accel,score,,true,1,10.2,1,1
                bare,spec-accel,score,,true,1,9.8,2,1
                v100-8q,spec-accel,score,,true,1,5.0,0,0.5
                v100-8q,spec-accel,score,,true,1,5.2,1,0.5
                v100-8q,spec-accel,score,,true,1,4.8,2,0.5
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("report", "--samples", f.toString(), "--baseline", "bare", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("unitless").contains("+50.0%");
        assertThat(Files.readString(out.resolve("report.md"))).contains("## spec-accel · score (unitless, higher is better)")
                .contains("| score (unitless) |");
        assertThat(Files.readAllLines(out.resolve("summary.csv")).get(2)).startsWith("spec-accel,score,,v100-8q,1,3,5.0");
    }

    @Test
    void aBaselineWhoseMeanIsZeroAndAFlavorThatMeasuredZeroStillGetTheirReportWithExitZero() throws Exception {
        // The case: exit 3 ("function values at endpoints do not have different signs") and nothing written.
        Path f = csv("""
                bare,probe,delta,,true,1,-1,0,1
                bare,probe,delta,,true,1,0,1,1
                bare,probe,delta,,true,1,1,2,1
                v100-8q,probe,delta,,true,1,1,0,0.5
                v100-8q,probe,delta,,true,1,2,1,0.5
                v100-8q,probe,delta,,true,1,3,2,0.5
                bare,gemm,tflops,TFLOP/s,true,1,4,0,1
                bare,gemm,tflops,TFLOP/s,true,1,5,1,1
                bare,gemm,tflops,TFLOP/s,true,1,6,2,1
                v100-8q,gemm,tflops,TFLOP/s,true,1,0,0,0.5
                v100-8q,gemm,tflops,TFLOP/s,true,1,0,1,0.5
                v100-8q,gemm,tflops,TFLOP/s,true,1,0,2,0.5
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("report", "--samples", f.toString(), "--baseline", "bare", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("+100.0%");
        assertThat(out.resolve("report.html")).exists();
        assertThat(Files.readString(out.resolve("report.md"))).contains("a ratio needs a baseline mean above 0");
    }
}
