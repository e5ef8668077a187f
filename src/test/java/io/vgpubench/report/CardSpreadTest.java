package io.vgpubench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vgpubench.contract.event.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardSpreadTest {
    private static Sample onCard(String instance, Integer card, String metric, double value, int rep, int clockMhz) {
        Map<String, Object> device = card == null ? null : Map.of("name", "H100", "uuid", "GPU-" + card,
                "sm_clock_mhz", clockMhz, "sm_clock_max_mhz", 1980);
        return Sample.unscheduled("c", instance, "bare", "r1", "gemm", Map.of(), rep, 0, 1, card, metric, value, "TFLOP/s",
                true, Instant.EPOCH, Instant.EPOCH, "cuda", device == null ? null : io.vgpubench.contract.ContractJson.tolerant().convertValue(device, io.vgpubench.contract.event.DeviceFacts.class));
    }

    /** Four cards on one node; card 2 is slow (its clock held low), as in the study's turbo-on-one-card case. */
    private static List<Sample> node() {
        List<Sample> s = new ArrayList<>();
        for (int rep = 1; rep <= 3; rep++) {
            for (int card = 0; card < 4; card++) {
                s.add(onCard("vm-1", card, "tflops", card == 2 ? 40.0 : 50.0 + rep * 0.1, rep, card == 2 ? 1400 : 1980));
            }
            s.add(onCard("vm-1", null, "tflops_node_total", 190.0, rep, 0));
        }
        return s;
    }

    private static ReportInput input(List<Sample> samples) {
        return ReportInput.fromSamples("c", "bare", Map.of(), samples, List.of(), List.of(), List.of());
    }

    @Test
    void namesTheSlowCardWithEachCardsMedianAndTheSpreadAcrossCards() {
        List<CardSpread> spreads = input(node()).cards();

        assertThat(spreads).singleElement().satisfies(c -> {
            assertThat(c.metric()).isEqualTo("tflops");
            assertThat(c.cardMedians()).containsExactly(Map.entry(0, 50.2), Map.entry(1, 50.2), Map.entry(2, 40.0), Map.entry(3, 50.2));
            assertThat(c.min()).isEqualTo(40.0);
            assertThat(c.max()).isEqualTo(50.2);
            assertThat(c.worstCard()).isEqualTo(2);
            assertThat(c.worstUuid()).isEqualTo("GPU-2");
            // medians 50.2, 50.2, 40, 50.2: mean 47.65, sample sd 5.1
            assertThat(c.cvPct()).isCloseTo(100 * 5.1 / 47.65, within(1e-9));
        });
    }

    @Test
    void aSingleCardInstanceHasNoSpreadSection() {
        List<Sample> one = node().stream().filter(s -> s.deviceIndex() == null || s.deviceIndex() == 0).toList();

        assertThat(input(one).cards()).isEmpty();
        assertThat(MarkdownReport.render(Report.analyse(input(one)))).doesNotContain("Per-card spread");
    }

    @Test
    void reportMdShowsThePerCardSpreadAndTheSlowCardsClockWarning() {
        String md = MarkdownReport.render(Report.analyse(input(node())));

        assertThat(md).contains("## Per-card spread", "| bare | vm-1 | gemm | tflops (TFLOP/s) | 4 | 0: ", "2: 40", "| 2 (GPU-2) |");
        assertThat(md).contains("vm-1 card 2 (bare): SM clock 1400 MHz is below its maximum 1980 MHz");
        assertThat(md).doesNotContain("vm-1 card 1 (bare): SM clock");
    }

    @Test
    void reportHtmlHasThePerCardSpreadTableWithTheSameCells() {
        String html = HtmlReport.render(Report.analyse(input(node())));

        assertThat(html).contains("<section id=\"cards\">", "<h2>Per-card spread</h2>", "<th>CV % across cards</th>",
                "<td>bare</td><td>vm-1</td><td>gemm</td><td>tflops (TFLOP/s)</td><td>4</td>", "<td>2 (GPU-2)</td>");
        assertThat(HtmlReport.render(Report.analyse(input(node().stream().filter(s -> s.deviceIndex() == null || s.deviceIndex() == 0).toList())))).doesNotContain("id=\"cards\"");
    }
}
