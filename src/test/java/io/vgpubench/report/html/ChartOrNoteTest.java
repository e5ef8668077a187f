package io.vgpubench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartOrNoteTest {
    @Test
    void aChartThatCannotBeDrawnGivesWayToANoteNamingItAndWhy() {
        String html = ChartOrNote.draw("Relative performance: <gemm>", () -> {
            throw new InternalError("Fontconfig head is null");
        });
        assertThat(html).startsWith("<p class=\"chart-missing\">")
                .contains("Chart “Relative performance: &lt;gemm&gt;” could not be drawn on this machine")
                .contains("the figures are in the tables of this report");
        if (TextMeasure.problem().isEmpty()) {
            assertThat(html).contains("(InternalError: Fontconfig head is null)");
        }
    }

    @Test
    void aChartThatDrawsIsReturnedAsItIs() {
        assertThat(ChartOrNote.draw("t", () -> "<svg></svg>")).isEqualTo("<svg></svg>");
    }
}
