package io.vgpubench.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.model.Threshold;
import io.vgpubench.report.Report;
import io.vgpubench.report.Reports;
import io.vgpubench.report.ThresholdResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `thresholds: [{workload: gemm-fp64, within_history: 3sd}]`: a new campaign against the band of the ones before it. */
class WithinHistoryThresholdTest {
    static final List<Threshold> WITHIN_3SD = List.of(new Threshold("gemm-fp64", "tflops", "*", null, null, 3.0, 5));

    @TempDir
    Path results;

    @Test
    void aCampaignInStepWithItsHistoryPassesEveryWithinHistoryBound() throws Exception {
        SyntheticCampaigns.write(results, 3, 0);
        Report r = Reports.write(results.resolve(SyntheticCampaigns.id(3)),
                SyntheticCampaigns.input(3, 1.0, new Random(7), WITHIN_3SD));
        assertThat(r.thresholds()).hasSize(2).allSatisfy(t -> assertThat(t.passed()).as(t.message()).isTrue());
    }

    @Test
    void aCampaignTwentyPercentSlowerThanASteadyHistoryFails() throws Exception {
        SyntheticCampaigns.write(results, 3, 0);
        Report r = Reports.write(results.resolve(SyntheticCampaigns.id(3)),
                SyntheticCampaigns.input(3, 0.8, new Random(7), WITHIN_3SD));
        ThresholdResult slow = r.thresholds().stream().filter(t -> t.flavor().equals("h100-40c")).findFirst().orElseThrow();
        assertThat(slow.passed()).as(slow.message()).isFalse();
        assertThat(slow.message()).contains("band [").contains("last 3 campaign(s)");
        assertThat(r.thresholdsPassed()).isFalse();
        assertThat(Files.readString(results.resolve(SyntheticCampaigns.id(3)).resolve("thresholds.xml")))
                .contains("gemm-fp64/tflops h100-40c x1 within_history 3sd");
    }

    @Test
    void theFirstCampaignOfASeriesPassesSayingItHasNoHistoryYet() throws Exception {
        Report r = Reports.write(results.resolve(SyntheticCampaigns.id(0)),
                SyntheticCampaigns.input(0, 1.0, new Random(7), WITHIN_3SD));
        assertThat(r.thresholds()).hasSize(2).allSatisfy(t -> {
            assertThat(t.passed()).isTrue();
            assertThat(t.message()).startsWith("no history yet");
        });
    }
}
