package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A repetition's energy from the card's counter, read around its timed part: the mean power and the energy per unit
 * of each rate become samples of their own; a card without a counter gets none (absent, never zero).
 */
class EnergyPerRepetitionTest {

    /** A card drawing 700 W while it works (its counter in joules moves with the wall clock) and 60 TFLOP/s. */
    private static final class MeteredCard implements Backend {
        private final boolean counter;
        private volatile Instant busySince;
        private double joules = 1_000_000;

        MeteredCard(boolean counter) {
            this.counter = counter;
        }

        @Override
        public String name() {
            return "metered";
        }

        @Override
        public List<String> workloads() {
            return List.of("gemm");
        }

        @Override
        public DeviceFacts facts() {
            return new DeviceFacts("metered card", null, null, null, 1L, 1L, null, null, null, null, null, null, "bare",
                    null);
        }

        @Override
        public synchronized Optional<Double> energyJoules() {
            if (!counter) {
                return Optional.empty();
            }
            if (busySince != null) {
                Instant now = Instant.now();
                joules += 700.0 * Duration.between(busySince, now).toNanos() / 1e9;
                busySince = now;
            }
            return Optional.of(joules);
        }

        @Override
        public PreparedWorkload prepare(String workload, Parameters parameters) {
            return Verified.workload(() -> {
                    synchronized (MeteredCard.this) {
                        busySince = Instant.now();
                    }
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    energyJoules(); // the counter catches up with the work
                    synchronized (MeteredCard.this) {
                        busySince = null;
                    }
                    return List.of(new Measurement("tflops", 60.0, "TFLOP/s", true),
                            new Measurement("time_ms", 300.0, "ms", false));
            });
        }

        @Override
        public void close() {
        }
    }

    private static List<JsonNode> samples(Backend card) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunSpec spec = new RunSpec("c", "i", "f", 0, 1, "auto", 1.0, null, null,
                List.of(new RunRequest("r1", "gemm", Map.of(), 2, 0, 30)));
        new Runner(card, new EventLog(out), new PrintWriter(new StringWriter(), true))
                .run(spec, StartSignal.of(spec, null, Duration.ZERO));
        return Events.parse(out).stream().filter(e -> e.get("type").asText().equals("sample")).toList();
    }

    @Test
    void aCardWithAnEnergyCounterGivesPowerAndJoulesPerUnitOfEachRate() throws Exception {
        List<JsonNode> samples = samples(new MeteredCard(true));

        assertThat(samples).filteredOn(s -> s.get("metric").asText().equals("power_w")).hasSize(2).allSatisfy(s -> {
            assertThat(s.get("value").asDouble()).isCloseTo(700, within(35.0));
            assertThat(s.get("unit").asText()).isEqualTo("W");
            assertThat(s.get("higher_is_better").asBoolean()).isFalse();
        });
        assertThat(samples).filteredOn(s -> s.get("metric").asText().equals("tflops_energy")).hasSize(2)
                .allSatisfy(s -> {
                    assertThat(s.get("value").asDouble()).as("700 W / 60 TFLOP/s").isCloseTo(11.67, within(0.6));
                    assertThat(s.get("unit").asText()).isEqualTo("J/TFLOP");
                });
        assertThat(samples).as("a time is not a rate: no energy per unit of it")
                .noneMatch(s -> s.get("metric").asText().equals("time_ms_energy"));
    }

    @Test
    void aCardWithoutACounterGetsNoEnergySamplesNotZeros() throws Exception {
        List<JsonNode> samples = samples(new MeteredCard(false));

        assertThat(samples).extracting(s -> s.get("metric").asText()).containsOnly("tflops", "time_ms");
    }
}
