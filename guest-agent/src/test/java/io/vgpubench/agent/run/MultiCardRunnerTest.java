package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiCardRunnerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter progress = new StringWriter();

    private boolean run(String devices, int reps, RateCard... cards) throws Exception {
        RunSpec spec = new RunSpec("c", "vm", "f", 0, 1, "auto", 1.0, null, null,
                List.of(new RunRequest("r1", "gemm", Map.of(), reps, 0, 20, devices, null)));
        return new Runner(Cards.of(cards), new EventLog(out), new PrintWriter(progress, true)).run(spec, StartSignal.of(spec, null, java.time.Duration.ZERO));
    }

    private List<JsonNode> samples(String metric) {
        return Events.parse(out).stream().filter(e -> e.get("type").asText().equals("sample"))
                .filter(e -> e.get("metric").asText().equals(metric)).toList();
    }

    @Test
    void aRunWithoutDevicesRunsOnCardZeroAloneAndSaysSoInItsSamples() throws Exception {
        RateCard zero = RateCard.of("GPU-0", 1, 10.0);
        RateCard one = RateCard.of("GPU-1", 1, 20.0);

        assertThat(run(null, 1, zero, one)).isTrue();

        assertThat(samples("rate")).extracting(s -> s.get("device_index").asInt() + ":" + s.get("value").asDouble())
                .containsExactly("0:10.0");
        assertThat(one.spans).isEmpty();
    }

    @Test
    void aCardIndexRunsOnThatCardOnly() throws Exception {
        RateCard zero = RateCard.of("GPU-0", 1, 10.0);
        RateCard one = RateCard.of("GPU-1", 1, 20.0);

        run("1", 1, zero, one);

        assertThat(samples("rate")).extracting(s -> s.get("device_index").asInt() + ":" + s.get("device").get("uuid").asText())
                .containsExactly("1:GPU-1");
        assertThat(zero.spans).isEmpty();
    }

    @Test
    void aCardIndexBeyondTheCardsFailsTheRunNamingHowManyThereAre() throws Exception {
        assertThat(run("3", 1, RateCard.of("GPU-0", 1), RateCard.of("GPU-1", 1))).isFalse();

        JsonNode failed = Events.parse(out).get(1);
        assertThat(failed.get("type").asText()).isEqualTo("run_failed");
        assertThat(failed.get("message").asText()).contains("no card 3", "sees 2 card(s)");
    }

    @Test
    void eachRunsEveryCardInTurnNeverTwoAtOnce() throws Exception {
        RateCard zero = RateCard.of("GPU-0", 30, 10.0, 11.0);
        RateCard one = RateCard.of("GPU-1", 30, 20.0, 21.0);

        assertThat(run("each", 2, zero, one)).isTrue();

        assertThat(samples("rate")).extracting(s -> s.get("device_index").asInt() + ":" + s.get("repetition").asInt())
                .containsExactly("0:1", "0:2", "1:1", "1:2");
        assertThat(one.spans.get(0)[0]).isAfterOrEqualTo(zero.spans.get(1)[1]);
        assertThat(samples("rate_node_total")).isEmpty();
    }

    @Test
    void allMeasuresEachCardAloneThenAllAtOnceWithNodeTotalsAndScalingEfficiency() throws Exception {
        RateCard zero = RateCard.of("GPU-0", 5, 90.0, 100.0, 130.0, 80.0, 70.0, 75.0);
        RateCard one = RateCard.of("GPU-1", 5, 200.0, 190.0, 210.0, 150.0, 160.0, 155.0);

        assertThat(run("all", 3, zero, one)).isTrue();

        assertThat(samples("rate")).extracting(s -> s.get("device_index").asInt() + ":" + s.get("value").asDouble())
                .containsExactly("0:90.0", "0:100.0", "0:130.0", "1:200.0", "1:190.0", "1:210.0");
        assertThat(samples("rate_all_at_once")).extracting(s -> s.get("device_index").asInt() + ":" + s.get("value").asDouble())
                .containsExactlyInAnyOrder("0:80.0", "0:70.0", "0:75.0", "1:150.0", "1:160.0", "1:155.0");
        List<JsonNode> totals = samples("rate_node_total");
        assertThat(totals).extracting(s -> s.get("repetition").asInt() + ":" + s.get("value").asDouble())
                .containsExactlyInAnyOrder("1:230.0", "2:230.0", "3:230.0");
        assertThat(totals).allSatisfy(s -> {
            assertThat(s.has("device_index")).as("a node-wide figure names no card").isFalse();
            assertThat(s.get("unit").asText()).isEqualTo("items/s");
        });
        // alone medians 100 and 200: efficiency = 230 / 300
        assertThat(samples("rate_scaling_efficiency")).hasSize(3)
                .allSatisfy(s -> assertThat(s.get("value").asDouble()).isCloseTo(230.0 / 300.0, within(1e-12)));
    }

    @Test
    void latenciesAreNeverAddedUpIntoANodeTotal() throws Exception {
        run("all", 1, RateCard.of("GPU-0", 1), RateCard.of("GPU-1", 1));

        assertThat(samples("latency_all_at_once")).hasSize(2);
        assertThat(samples("latency_node_total")).isEmpty();
        assertThat(samples("latency_scaling_efficiency")).isEmpty();
    }

    @Test
    void allStartsEveryRepetitionOnEveryCardTogetherSoAFastCardWaitsForASlowOne() throws Exception {
        RateCard fast = RateCard.of("GPU-0", 5);
        RateCard slow = RateCard.of("GPU-1", 120);

        run("all", 3, fast, slow);

        List<Instant[]> fastTogether = fast.spans.subList(3, 6);
        List<Instant[]> slowTogether = slow.spans.subList(3, 6);
        for (int rep = 0; rep < 3; rep++) {
            long apartMillis = Math.abs(fastTogether.get(rep)[0].toEpochMilli() - slowTogether.get(rep)[0].toEpochMilli());
            // together: far less apart than the slow card's 120 ms repetition (a loaded 2-core machine may wake a thread late)
            assertThat(apartMillis).as("start of repetition %d on the two cards", rep + 1).isLessThan(100);
        }
        assertThat(fastTogether.get(1)[0]).isAfterOrEqualTo(slowTogether.get(0)[1]);
        assertThat(fastTogether.get(2)[0]).isAfterOrEqualTo(slowTogether.get(1)[1]);
    }

    @Test
    void aBrokenCardFailsTheRunButTheOthersStillRunAndNoPartialTotalIsWritten() throws Exception {
        RateCard good = RateCard.of("GPU-0", 1, 10.0, 10.0);
        RateCard broken = new RateCard("GPU-1", 1, true);

        assertThat(run("all", 1, good, broken)).isFalse();

        assertThat(samples("rate")).hasSize(1);
        assertThat(samples("rate_all_at_once")).hasSize(1);
        assertThat(samples("rate_node_total")).isEmpty();
        JsonNode failed = Events.parse(out).stream().filter(e -> e.get("type").asText().equals("run_failed")).findFirst().orElseThrow();
        assertThat(failed.get("message").asText()).contains("card 1 alone: card GPU-1 is broken")
                .doesNotContain("card 0 alone");
    }

    @Test
    void allOnASingleCardGivesAnEfficiencyOfItsTogetherRunOverItsRunAlone() throws Exception {
        assertThat(run("all", 1, RateCard.of("GPU-0", 1, 50.0, 45.0))).isTrue();

        assertThat(samples("rate_node_total")).extracting(s -> s.get("value").asDouble()).containsExactly(45.0);
        assertThat(samples("rate_scaling_efficiency")).extracting(s -> s.get("value").asDouble()).containsExactly(0.9);
    }

    @Test
    void theProgressLineNamesEveryCardsPass() throws Exception {
        run("all", 1, RateCard.of("GPU-0", 1), RateCard.of("GPU-1", 1));

        assertThat(progress.toString()).contains("card 0 alone: 1 repetitions", "card 1 alone:",
                "card 0 with all at once:", "card 1 with all at once:");
    }
}
