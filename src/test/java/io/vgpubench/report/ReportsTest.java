package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.model.Threshold;
import java.nio.file.Files;
import java.nio.file.Path;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void summaryCsvHasTheContractColumnsInOrderAndTheComputedFigures() throws Exception {
        Reports.write(dir, Fixtures.input(List.of()));
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
        assertThat(lines.get(0)).isEqualTo("workload,metric,unit,flavor,tasks,n,mean,sd,median,min,max,cv_pct,ci95_low,"
                + "ci95_high,ratio,relative_performance,overhead_pct,overhead_ci95_low,overhead_ci95_high,p_value,"
                + "share_fraction,share_efficiency,p_adjusted,overhead_ci_method");
        assertThat(lines).hasSize(6);
        // Baseline row: comparison columns empty, share_fraction kept.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("vgg16,runtime,s,bare,1,5,179.8").endsWith(",,,,,,,1.0,,,"));
        String[] v16 = lines.stream().filter(l -> l.startsWith("vgg16,runtime,s,v100-16q,")).findFirst().orElseThrow().split(",", -1);
        // Reference (scipy 1.17): a=[196.9,...,199.3], b=[178.6,...,181.0]; a.std(ddof=1)=0.9486832980505138;
        // t.interval -> (196.92205410311345, 199.27794589688654); ttest_ind(a,b,equal_var=False).pvalue = 1.4502081176598333e-09
        assertThat(Double.parseDouble(v16[7])).isCloseTo(0.9486832980505138, within(1e-9));
        assertThat(Double.parseDouble(v16[12])).isCloseTo(196.92205410311345, within(1e-9));
        assertThat(Double.parseDouble(v16[13])).isCloseTo(199.27794589688654, within(1e-9));
        assertThat(Double.parseDouble(v16[16])).isCloseTo(10.1779755, within(1e-6));
        assertThat(Double.parseDouble(v16[19])).isCloseTo(1.4502081176598333e-09, within(1e-14));
        assertThat(Double.parseDouble(v16[17])).isLessThan(10.1779755);
        assertThat(Double.parseDouble(v16[18])).isGreaterThan(10.1779755);
        String hpl = lines.stream().filter(l -> l.startsWith("hpl-proxy,flops,TFLOP/s,v100-16q,")).findFirst().orElseThrow();
        String[] h = hpl.split(",", -1);
        assertThat(h[7]).as("sd of a single score").isEmpty();
        assertThat(Double.parseDouble(h[16])).isCloseTo(8.49256900, within(1e-6));
        assertThat(h[17]).isEmpty();
        assertThat(h[19]).isEmpty();
    }

    @Test
    void summaryJsonCarriesRowsMetadataOutliersAndDeviceWarnings() throws Exception {
        Reports.write(dir, Fixtures.input(List.of()));
        JsonNode doc = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(doc.path("campaign").asText()).isEqualTo("c-test");
        assertThat(doc.path("baseline").asText()).isEqualTo("bare");
        assertThat(doc.path("flavors").path("v100-8q").path("share_fraction").asDouble()).isEqualTo(0.5);
        assertThat(doc.path("rows")).hasSize(5);
        JsonNode eightQ = doc.path("rows").get(4);
        assertThat(eightQ.path("flavor").asText()).isEqualTo("v100-8q");
        assertThat(eightQ.path("share_efficiency").asDouble()).isCloseTo(179.8 / eightQ.path("mean").asDouble() / 0.5, within(1e-9));
        assertThat(eightQ.path("overhead_ci_method").asText()).isEqualTo("FIELLER");
        assertThat(doc.path("outliers")).hasSize(1);
        assertThat(doc.path("outliers").get(0).path("value").asDouble()).isEqualTo(290.0);
        assertThat(doc.path("warnings").toString()).contains("agent: clock throttled once")
                .contains("device reports 16.00 GiB but only 12.00 GiB could be allocated");
    }

    @Test
    void markdownHasStudyShapedTablesMethodLineDevicesAndOutliers() throws Exception {
        Reports.write(dir, Fixtures.input(List.of()));
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("| Instance | Scheduling policy | Tasks | runtime (s) |")
                .contains("| bare (baseline) | – | 1 | 179.80 ± 0.95 | 5 |")
                .contains("| v100-16q (GRID V100-16Q) | fixed | 1 | 198.10 ± 0.95 | 5 |")
                .contains("| v100-16q (GRID V100-16Q) | 1 vs 1 | +10.2% |")
                .contains("| v100-16q (GRID V100-16Q) | 1 vs 1 | +8.5% |")
                .contains("Overhead intervals (95%): Fieller")
                .contains("1 value(s) flagged by the generalized ESD (Rosner 1983)")
                .contains("v100-8q x1, repetition 4: 290.0")
                .contains("| bare | bare-0 | Tesla V100-SXM2-16GB | 535.104 |");
    }

    @Test
    void thresholdsAreCheckedAndFailuresShownInTheTerminalTable() {
        Report r = Reports.write(dir, Fixtures.input(List.of(
                new Threshold("vgg16", "runtime", "*", 15.0, null),
                new Threshold("vgg16", null, "v100-16q", null, 1.0),
                new Threshold("nbody", null, "*", 5.0, null))));
        assertThat(r.thresholds()).extracting(ThresholdResult::passed).containsExactly(true, false, true, false);
        assertThat(r.failedThresholds()).extracting(ThresholdResult::name)
                .containsExactly("vgg16/runtime v100-8q x1 overhead_pct <= 15.0", "nbody/* * matches a row");
        String table = Reports.overheadTable(r);
        assertThat(table).contains("v100-16q").contains("+10.2%").contains("FAILED threshold nbody/* * matches a row");
    }

    @Test
    void zeroMeansAndAnUnboundedIntervalStillGiveEveryReportFileAndSayWhy() throws Exception {
        List<Sample> samples = new ArrayList<>();
        add(samples, "bare", "score", "", new double[] {-1, 0, 1});
        add(samples, "a", "score", "", new double[] {1, 2, 3});
        add(samples, "bare", "gemm", "TFLOP/s", new double[] {4, 5, 6});
        add(samples, "a", "gemm", "TFLOP/s", new double[] {0, 0, 0});
        add(samples, "bare", "copy", "GB/s", new double[] {0.5, 1.5});
        add(samples, "a", "copy", "GB/s", new double[] {0.6, 0.6});
        add(samples, "bare", "idle", "GB/s", new double[] {0, 0, 0});
        add(samples, "a", "idle", "GB/s", new double[] {0, 0, 0});
        ReportInput in = ReportInput.fromSamples("c-zero", "bare", Map.of("bare", FlavorInfo.unknown(), "a", FlavorInfo.unknown()),
                samples, List.of(), List.of(), List.of());

        Report r = Reports.write(dir, in);

        assertThat(dir.resolve("summary.csv")).exists();
        assertThat(new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).path("rows")).hasSize(8);
        assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("could not be drawn");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("## score · m (unitless, higher is better)")
                .contains("a ratio needs a baseline mean above 0 and a mean of at least 0")
                .contains("unbounded in 1 row(s)");
        assertThat(Reports.overheadTable(r)).contains("+100.0%").contains("unbounded");
        String copy = Files.readAllLines(dir.resolve("summary.csv")).stream()
                .filter(l -> l.startsWith("copy,m,GB/s,a,")).findFirst().orElseThrow();
        assertThat(copy).endsWith(",UNBOUNDED").contains(",40.0,,,");
    }

    private static void add(List<Sample> to, String flavor, String workload, String unit, double[] values) {
        for (int i = 0; i < values.length; i++) {
            to.add(Fixtures.sample(flavor, workload, "m", unit, true, i, values[i], Map.of()));
        }
    }

    @Test
    void theHtmlDiffersColumnGoesByHolmAdjustedPWhileRawPIsShownBesideIt() {
        // Two flavors each 1.66 above a baseline of 100 ± 1 (n = 5 each): scipy ttest_ind_from_stats(101.66, 1, 5, 100,
        // 1, 5, equal_var=False).pvalue = 0.030428; Holm over the 2 rows: 0.060856, so neither differs at 5%.
        SeriesKey key = new SeriesKey("w", "m", "bare", 1);
        List<Series> series = List.of(Series.ofSummary(key, "s", false, null, 5, 100, 1),
                Series.ofSummary(key.with("a", 1), "s", false, null, 5, 101.66, 1),
                Series.ofSummary(key.with("b", 1), "s", false, null, 5, 101.66, 1));
        ReportInput in = new ReportInput("c-holm", "bare", Map.of(), List.of(), series, List.of(), List.of(), List.of(),
                List.of());
        Report r = Report.analyse(in);
        assertThat(r.rows().get(1).pValue()).isCloseTo(0.03042801087175955, within(1e-9));
        assertThat(r.rows().get(1).pAdjusted()).isCloseTo(0.0608560217435191, within(1e-9));
        assertThat(HtmlSummary.render(r)).contains("<th>p (Holm)</th><th>Differs at 5%? (Holm)</th>")
                .contains("<td>0.030</td><td>0.061</td><td>no</td>").doesNotContain("<td>yes</td>");
        assertThat(Reports.overheadTable(r)).contains("0.030  0.061");
    }
}
