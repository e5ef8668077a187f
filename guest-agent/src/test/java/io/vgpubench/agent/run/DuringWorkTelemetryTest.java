package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.agent.backend.Backend;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Device facts beside a sample are read while its repetition runs (a card's clocks fall back the
 * moment the work stops), and a card running far below its clocks is flagged once per run.
 */
class DuringWorkTelemetryTest {

    /** A card whose SM clock reads 900 MHz while work runs and 1980 MHz (its maximum) when idle. */
    private static final class SlowWhileBusyCard implements Backend {
        final AtomicBoolean busy = new AtomicBoolean();

        @Override
        public String name() {
            return "slow-card";
        }

        @Override
        public List<String> workloads() {
            return List.of("gemm");
        }

        @Override
        public DeviceFacts facts() {
            int clock = busy.get() ? 900 : 1980;
            return new DeviceFacts("slow card", null, null, null, 1L, 1L, null, clock, 1980, null, null, null, "bare", null);
        }

        @Override
        public Optional<String> clockWarning(DeviceFacts f) {
            return f.smClockMhz() < 0.7 * f.smClockMaxMhz()
                    ? Optional.of("SM clock " + f.smClockMhz() + " MHz is far below its maximum") : Optional.empty();
        }

        @Override
        public PreparedWorkload prepare(String workload, Parameters parameters) {
            return Verified.workload(() -> {
                    busy.set(true);
                    try {
                        Thread.sleep(400);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        busy.set(false);
                    }
                    return List.of(new Measurement("tflops", 1.0, "TFLOP/s", true));
            });
        }

        @Override
        public void close() {
        }
    }

    @Test
    void factsAreReadDuringTheRepetitionAndALowClockIsFlaggedOncePerRun() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunSpec spec = new RunSpec("c", "i", "f", 0, 1, "auto", 1.0, null, null,
                List.of(new RunRequest("r1", "gemm", Map.of(), 3, 0, 30)));
        new Runner(new SlowWhileBusyCard(), new EventLog(out), new PrintWriter(new StringWriter(), true)).run(spec, StartSignal.of(spec, null, java.time.Duration.ZERO));

        List<JsonNode> events = Events.parse(out);
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("sample")).hasSize(3)
                .allSatisfy(e -> assertThat(e.get("device").get("sm_clock_mhz").asInt()).isEqualTo(900));
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("warning")).singleElement()
                .satisfies(e -> assertThat(e.get("message").asText()).contains("r1").contains("900 MHz"));
    }
}
