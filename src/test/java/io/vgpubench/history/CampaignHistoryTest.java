package io.vgpubench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vgpubench.report.history.HistoryPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignHistoryTest {
    @TempDir
    Path results;

    @Test
    void everyReportedCampaignUnderTheResultsFolderIsReadInTheOrderItStarted() throws Exception {
        SyntheticCampaigns.write(results, 4, 0);
        History h = CampaignHistory.read(results);
        assertThat(h.campaigns()).isEqualTo(4);
        List<HistoryPoint> fp64 = h.select("gemm-fp64", "tflops", "h100-40c").points();
        assertThat(fp64).extracting(HistoryPoint::campaign).containsExactly(SyntheticCampaigns.id(0), SyntheticCampaigns.id(1),
                SyntheticCampaigns.id(2), SyntheticCampaigns.id(3));
        assertThat(fp64.get(1).started()).isEqualTo(Instant.parse("2026-06-02T08:00:00Z"));
        assertThat(fp64.get(0).ci95Low()).isLessThan(fp64.get(0).mean());
        assertThat(fp64.get(0).n()).isEqualTo(5);
    }

    @Test
    void aCampaignWithSamplesButNoSummaryIsSkippedAndSaysHowToGetOne() throws Exception {
        SyntheticCampaigns.write(results, 2, 0);
        Files.writeString(Files.createDirectories(results.resolve("c-unreported")).resolve("samples.jsonl"), "");
        History h = CampaignHistory.read(results);
        assertThat(h.campaigns()).isEqualTo(2);
        assertThat(h.skipped()).containsExactly("c-unreported: no summary.json (run `vgpubench report` on it)");
    }

    @Test
    void theBandIsTheMeanOfTheLastCampaignsMeansPlusMinusKSd() {
        HistoryPoint.SeriesName s = new HistoryPoint.SeriesName("w", "m", "f", 1);
        List<HistoryPoint> points = List.of(10.0, 100.0, 11.0, 12.0, 13.0).stream()
                .map(v -> new HistoryPoint("c" + v, Instant.EPOCH, "w", "m", "u", true, "f", 1, 3, v, 0.1, null, null)).toList();
        Band b = Band.of(s, points, 3, 2);
        // last three: 11, 12, 13: mean 12, sd 1
        assertThat(b.mean()).isCloseTo(12.0, within(1e-12));
        assertThat(b.sd()).isCloseTo(1.0, within(1e-12));
        assertThat(b.low()).isCloseTo(10.0, within(1e-12));
        assertThat(b.high()).isCloseTo(14.0, within(1e-12));
        assertThat(b.contains(14.5)).isFalse();
        assertThat(b.campaigns()).hasSize(3);
        assertThat(Band.of(s, points.subList(0, 1), 3, 2)).isNull();
    }

    @Test
    void theHistoryPageHoldsATrendPerMetricAndFlagsTheNewestCampaignOutsideItsBand() throws Exception {
        SyntheticCampaigns.write(results, 6, 0);
        History h = CampaignHistory.read(results);
        Path out = results.resolve("history");
        HistoryPage.write(out, h, new HistoryPage.Settings(results, 5, 3));
        String html = Files.readString(out.resolve("history.html"));
        assertThat(html).contains("<h2>gemm-fp64 · tflops (TFLOP/s, higher is better)</h2>")
                .contains("<h2>memprobe · allocatable (GiB, higher is better)</h2>").contains("<figure class=\"chart trend\">");
        assertThat(html).containsPattern("<tr><td>h100-40c ×1</td><td>6</td><td>\\[[^<]+\\]</td><td>[^<]+</td><td>OUTSIDE ");
        assertThat(html).containsPattern("<tr><td>bare ×1</td><td>6</td><td>\\[[^<]+\\]</td><td>[^<]+</td><td>within ");
        assertThat(Files.readAllLines(out.resolve("history.csv"))).hasSize(1 + 6 * 4)
                .first().isEqualTo("campaign,started,workload,metric,unit,flavor,tasks,n,mean,sd,ci95_low,ci95_high");
        assertThat(Files.readString(out.resolve("history.md"))).contains("## gemm-fp64 · tflops (TFLOP/s)");
    }
}
