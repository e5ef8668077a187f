package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummariesTest {
    private static Series s(String flavor, int tasks, double mean) {
        return Series.ofSummary(new SeriesKey("vgg16", "runtime", flavor, tasks), "s", false, null, 5, mean, 1.0);
    }

    @Test
    void comparesWithBaselineAtSameTaskCountElseOneTaskAndLeavesBaselineRowsEmpty() {
        List<Series> in = List.of(s("8Q", 2, 272.4), s("bare", 2, 225.4), s("16Q", 1, 198.1), s("bare", 1, 179.8),
                s("8Q", 3, 300.0));
        Summaries.Result r = Summaries.compute(in, "bare", List.of("16Q", "8Q"));
        assertThat(r.rows()).extracting(row -> row.flavor() + "x" + row.tasks())
                .containsExactly("barex1", "barex2", "16Qx1", "8Qx2", "8Qx3");
        SummaryRow bare = r.rows().get(0);
        assertThat(bare.ratio()).isNull();
        assertThat(bare.overheadPct()).isNull();
        assertThat(bare.pValue()).isNull();
        assertThat(r.rows().get(3).ratio()).isCloseTo(272.4 / 225.4, within(1e-12));
        assertThat(r.rows().get(3).baselineTasks()).isEqualTo(2);
        assertThat(r.rows().get(4).ratio()).isCloseTo(300.0 / 179.8, within(1e-12));
        assertThat(r.rows().get(4).baselineTasks()).isEqualTo(1);
    }

    @Test
    void seriesWithoutAnyBaselineKeepsItsStatisticsAndIsNoted() {
        Summaries.Result r = Summaries.compute(List.of(s("16Q", 1, 198.1)), "bare", List.of());
        assertThat(r.rows().get(0).mean()).isEqualTo(198.1);
        assertThat(r.rows().get(0).ratio()).isNull();
        assertThat(r.notes()).singleElement().asString().contains("no baseline (bare)");
    }
}
