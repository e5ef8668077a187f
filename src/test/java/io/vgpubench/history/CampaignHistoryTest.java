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

    private static List<HistoryPoint> points(double sd, Double... means) {
        return List.of(means).stream()
                .map(v -> new HistoryPoint("c" + v, Instant.EPOCH, "w", "m", "u", true, "f", 1, 4, v, sd, null, null)).toList();
    }

    @Test
    void theBandIsAPredictionIntervalFromTheLastCampaignsMeans() {
        HistoryPoint.SeriesName s = new HistoryPoint.SeriesName("w", "m", "f", 1);
        Band b = Band.of(s, points(0.1, 10.0, 100.0, 11.0, 12.0, 13.0), 3, 2);
        // last three: 11, 12, 13: mean 12, sd of the means 1 (over the standard error 0.1/√4): 12 ± 2·1·√(1 + 1/3)
        assertThat(b.mean()).isCloseTo(12.0, within(1e-12));
        assertThat(b.sdOfMeans()).isCloseTo(1.0, within(1e-12));
        assertThat(b.sd()).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(b.low()).isCloseTo(12 - 2 * Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(b.contains(14.3)).isTrue();
        assertThat(b.contains(14.4)).isFalse();
        assertThat(b.campaigns()).hasSize(3);
        assertThat(Band.of(s, points(0.1, 10.0), 3, 2)).isNull();
    }

    @Test
    void twoCampaignsThatHappenToAgreeStillGiveABandAsWideAsTheirOwnStandardError() {
        HistoryPoint.SeriesName s = new HistoryPoint.SeriesName("w", "m", "f", 1);
        Band b = Band.of(s, points(2.0, 50.0, 50.01), 5, 3);
        // standard error 2/√4 = 1, not the 0.007 the two means differ by: 50.005 ± 3·1·√1.5
        assertThat(b.sd()).isCloseTo(Math.sqrt(1.5), within(1e-12));
        assertThat(b.contains(53.0)).isTrue();
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
