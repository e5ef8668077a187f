package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final String SAMPLES = "flavor,workload,metric,unit,higher_is_better,tasks,value\n";
    private static final String FIGURES = "flavor,workload,metric,unit,higher_is_better,tasks,n,mean,sd\n";
    @TempDir
    Path dir;

    @Test
    void comparesImportedSamplesWithSummaryFiguresAndFlagsSignificantChanges() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, FIGURES + "bare,vgg16,runtime,s,false,1,5,179.8,1.2\nv100-16q,vgg16,runtime,s,false,1,5,198.1,1.2\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, SAMPLES + """
                bare,vgg16,runtime,s,false,1,178.6
                bare,vgg16,runtime,s,false,1,180.4
                bare,vgg16,runtime,s,false,1,181.0
                v100-16q,vgg16,runtime,s,false,1,185.0
                v100-16q,vgg16,runtime,s,false,1,186.0
                v100-16q,vgg16,runtime,s,false,1,187.0
                v100-8q,vgg16,runtime,s,false,1,280.0
                """);
        Path out = dir.resolve("cmp");
        CliRun run = CliRun.of("compare", a.toString(), b.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // bare: B mean 180.0 vs 179.8 -> +0.1%, not significant. 16Q: 186.0 vs 198.1 -> (186/198.1 − 1)·100 = −6.108%.
        assertThat(run.out()).contains("| vgg16 · runtime | bare | 1 |").contains("+0.1%").contains("no significant change")
                .contains("| vgg16 · runtime | v100-16q | 1 |").contains("-6.1%").contains("**better**")
                .contains("Only in B: vgg16/runtime v100-8q x1");
        assertThat(Files.readAllLines(out.resolve("compare.csv")).get(0))
                .startsWith("workload,metric,unit,flavor,tasks,n_a,mean_a,sd_a,n_b,mean_b,sd_b,change_pct");
    }

    @Test
    void failOnWorseExitsOneNamingEverySignificantRegressionPastTheBoundAndZeroWithinIt() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, FIGURES + "bare,gemm,tflops,TFLOP/s,true,1,5,50.0,0.5\nv100-16q,gemm,tflops,TFLOP/s,true,1,5,45.0,0.5\n"
                + "bare,vgg16,runtime,s,false,1,5,100.0,0.5\n");
        Path b = dir.resolve("b.csv");
        // gemm on 16Q: 45.0 -> 42.75, 5% worse (higher is better); vgg16 runtime 100 -> 103, 3% worse (lower is better)
        Files.writeString(b, FIGURES + "bare,gemm,tflops,TFLOP/s,true,1,5,50.1,0.5\nv100-16q,gemm,tflops,TFLOP/s,true,1,5,42.75,0.5\n"
                + "bare,vgg16,runtime,s,false,1,5,103.0,0.5\n");

        CliRun strict = CliRun.of("compare", a.toString(), b.toString(), "--fail-on-worse", "2");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(ExitCode.FAILED_RUNS);
        assertThat(strict.err()).contains("WORSE by more than 2.0%: gemm · tflops, v100-16q x1: -5.0%")
                .contains("vgg16 · runtime, bare x1: +3.0%").doesNotContain("gemm · tflops, bare");

        CliRun lenient = CliRun.of("compare", a.toString(), b.toString(), "--fail-on-worse", "6");
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(CliRun.of("compare", a.toString(), b.toString()).exitCode()).isZero();
        assertThat(CliRun.of("compare", a.toString(), b.toString(), "--fail-on-worse", "-1").exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void samplesOfTwoTasksFromACsvAreLeftOutOfTheComparisonAndSaidSo() throws Exception {
        String rows = """
                bare,gemm,tflops,TFLOP/s,true,1,59.6
                bare,gemm,tflops,TFLOP/s,true,1,59.7
                bare,gemm,tflops,TFLOP/s,true,2,27.2
                bare,gemm,tflops,TFLOP/s,true,2,27.3
                """;
        Path a = Files.writeString(dir.resolve("a.csv"), SAMPLES + rows);
        Path b = Files.writeString(dir.resolve("b.csv"), SAMPLES + rows);
        Path out = dir.resolve("cmp");

        CliRun run = CliRun.of("compare", a.toString(), b.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| gemm · tflops | bare | 1 |").doesNotContain("| gemm · tflops | bare | 2 |")
                .contains("Left out of A (co-runners' overlap not proven, so not compared): 2 sample(s): "
                        + "gemm/tflops bare x2: 2 (no-schedule 2)")
                .contains("Left out of B");
        assertThat(Files.readString(out.resolve("compare.md"))).contains("Left out of B");
    }

    @Test
    void inputsWithNothingInCommonAreBadInput() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, SAMPLES + "x,w,m,s,true,1,1.0\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, SAMPLES + "y,w,m,s,true,1,1.0\n");
        CliRun run = CliRun.of("compare", a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("share no (workload, metric, flavor, tasks) to compare");
    }

    @Test
    void failOnWorseZeroOverAHundredUnchangedMetricsExitsZeroAndShowsRawAndHolmAdjustedP() throws Exception {
        // Both campaigns draw every metric from one normal (seeded): some raw Welch p fall below 0.05 by chance,
        // none survives Holm's adjustment over the 100 changes.
        java.util.Random rnd = new java.util.Random(42);
        StringBuilder a = new StringBuilder(SAMPLES);
        StringBuilder b = new StringBuilder(SAMPLES);
        for (int m = 0; m < 100; m++) {
            for (int i = 0; i < 5; i++) {
                a.append(String.format(java.util.Locale.ROOT, "bare,w,m%d,s,false,1,%.4f%n", m, 100 + rnd.nextGaussian()));
                b.append(String.format(java.util.Locale.ROOT, "bare,w,m%d,s,false,1,%.4f%n", m, 100 + rnd.nextGaussian()));
            }
        }
        Path fa = Files.writeString(dir.resolve("a.csv"), a);
        Path fb = Files.writeString(dir.resolve("b.csv"), b);
        Path out = dir.resolve("cmp");

        CliRun run = CliRun.of("compare", fa.toString(), fb.toString(), "--fail-on-worse", "0", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| p | p (Holm) | Verdict |").contains("Holm's step-down method over the 100 change(s)")
                .doesNotContain("**worse**");
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        int p = List.of(csv.get(0).split(",")).indexOf("p_value");
        assertThat(csv.get(0)).contains("p_value,p_adjusted,significant");
        assertThat(csv.stream().skip(1).map(l -> Double.parseDouble(l.split(",")[p])).filter(x -> x < 0.05).count())
                .as("raw p below 0.05 by chance").isPositive();
    }
}
