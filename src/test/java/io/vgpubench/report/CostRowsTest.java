package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vgpubench.model.Cost;
import io.vgpubench.stats.Series;
import io.vgpubench.stats.SeriesKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of a result on each flavor with a cost an hour: work per unit of cost for a rate, cost per result for a
 * time, an instance's tasks counted, flavors ranked best first, measured share beside the stated one; in cost.csv,
 * report.md and report.html. Figures by hand from the Jetstream2 rates (g3.small 16 SU/h, g3.xl 128 SU/h).
 */
class CostRowsTest {
    @TempDir
    Path dir;

    private static ReportInput input() {
        Map<String, FlavorInfo> flavors = new LinkedHashMap<>();
        flavors.put("g3.xl", new FlavorInfo(1.0, null, "A100 100%", new Cost(128, "SU")));
        flavors.put("g3.small", new FlavorInfo(0.2, null, "A100 20%", new Cost(16, "SU")));
        flavors.put("bare", new FlavorInfo(1.0, null, "bare", null));
        SeriesKey gemm = new SeriesKey("gemm", "tflops", "bare", 1);
        SeriesKey epoch = new SeriesKey("train", "epoch_time", "bare", 1);
        List<Series> series = List.of(
                Series.ofSummary(gemm, "TFLOP/s", true, 1.0, 5, 19.5, 0.1),
                Series.ofSummary(gemm.with("g3.xl", 1), "TFLOP/s", true, 1.0, 5, 18.0, 0.1),
                Series.ofSummary(gemm.with("g3.small", 1), "TFLOP/s", true, 0.2, 5, 3.0, 0.05),
                Series.ofSummary(gemm.with("g3.small", 2), "TFLOP/s", true, 0.2, 5, 1.8, 0.05),
                Series.ofSummary(epoch, "ms", false, 1.0, 5, 900, 5),
                Series.ofSummary(epoch.with("g3.xl", 1), "ms", false, 1.0, 5, 1000, 5),
                Series.ofSummary(epoch.with("g3.small", 1), "ms", false, 0.2, 5, 4500, 20));
        return new ReportInput("c-cost", "bare", flavors, List.of(), series, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aRateBecomesWorkPerUnitOfCostAndATimeTheCostOfOneResultRankedBestFirst() {
        List<CostRows.Row> rows = CostRows.of(Report.analyse(input()));

        assertThat(rows).extracting(CostRows.Row::flavor).as("bare has no cost, so no figure")
                .doesNotContain("bare");
        CostRows.Row xl = find(rows, "tflops", "g3.xl", 1);
        CostRows.Row small = find(rows, "tflops", "g3.small", 1);
        CostRows.Row shared = find(rows, "tflops", "g3.small", 2);
        assertThat(xl.figure()).isCloseTo(18.0 * 3600 / 128, within(1e-9)); // 506.25 TFLOP per SU
        assertThat(small.figure()).isCloseTo(3.0 * 3600 / 16, within(1e-9)); // 675
        assertThat(shared.figure()).as("two tasks on one instance, one hourly cost").isCloseTo(1.8 * 2 * 3600 / 16,
                within(1e-9)); // 810
        assertThat(xl.figureUnit()).isEqualTo("TFLOP per SU");
        assertThat(List.of(shared, small, xl)).extracting(CostRows.Row::rank).containsExactly(1, 2, 3);
        assertThat(small.measuredShare()).as("3.0 of the baseline's 19.5").isCloseTo(3.0 / 19.5, within(1e-9));
        assertThat(shared.measuredShare()).isCloseTo(2 * 1.8 / 19.5, within(1e-9));
        assertThat(small.statedShare()).isEqualTo(0.2);
        CostRows.Row epochXl = find(rows, "epoch_time", "g3.xl", 1);
        CostRows.Row epochSmall = find(rows, "epoch_time", "g3.small", 1);
        assertThat(epochXl.figure()).isCloseTo(1.0 / 3600 * 128, within(1e-12)); // 0.0356 SU per result
        assertThat(epochSmall.figure()).isCloseTo(4.5 / 3600 * 16, within(1e-12)); // 0.02 SU per result
        assertThat(epochSmall.figureUnit()).isEqualTo("SU per result");
        assertThat(List.of(epochSmall, epochXl)).extracting(CostRows.Row::rank).containsExactly(1, 2);
        assertThat(CostRows.ofBest(rows)).extracting(p -> p.series() + " " + p.category() + " "
                        + String.format(java.util.Locale.ROOT, "%.4f", p.ofBest()))
                .containsExactlyInAnyOrder("gemm · tflops g3.small ×2 1.0000", "gemm · tflops g3.small ×1 0.8333",
                        "gemm · tflops g3.xl ×1 0.6250", "train · epoch_time g3.small ×1 1.0000",
                        "train · epoch_time g3.xl ×1 0.5625");
    }

    @Test
    void theReportWritesCostCsvAndACostSectionInBothReports() throws Exception {
        Reports.write(dir, input());

        List<String> csv = Files.readAllLines(dir.resolve("cost.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", CostRows.COLUMNS));
        assertThat(csv).anyMatch(l -> l.startsWith("gemm,tflops,g3.small,2,16.0,SU,810.0,TFLOP per SU,true,1,3,"));
        assertThat(Files.readString(dir.resolve("report.md"))).contains("## Cost per unit of work")
                .contains("| gemm · tflops | g3.small | 2 | 16.00 SU | 810.0 TFLOP per SU | 1 of 3 | 18.46% | 20.00% |");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2>Cost per unit of work</h2>")
                .as("the cost-efficiency chart, drawn").contains("<svg id='cost-efficiency'");
    }

    @Test
    void aReportWithoutCostsHasNoCostFileOrSection() throws Exception {
        Files.writeString(dir.resolve("cost.csv"), "stale\n");
        ReportInput in = input();
        Map<String, FlavorInfo> none = new LinkedHashMap<>();
        in.flavors().forEach((k, v) -> none.put(k, new FlavorInfo(v.shareFraction(), v.scheduler(), v.label())));

        Reports.write(dir, new ReportInput(in.campaign(), in.baselineFlavor(), none, in.observations(),
                in.summarySeries(), List.of(), List.of(), List.of(), List.of()));

        assertThat(dir.resolve("cost.csv")).doesNotExist();
        assertThat(Files.readString(dir.resolve("report.md"))).doesNotContain("Cost per unit of work");
    }

    private static CostRows.Row find(List<CostRows.Row> rows, String metric, String flavor, int tasks) {
        return rows.stream().filter(r -> r.metric().equals(metric) && r.flavor().equals(flavor) && r.tasks() == tasks)
                .findFirst().orElseThrow();
    }
}
