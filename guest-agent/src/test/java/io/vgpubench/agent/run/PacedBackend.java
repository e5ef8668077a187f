package io.vgpubench.agent.run;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.Parameters;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.contract.event.DeviceFacts;
import java.util.List;
import java.util.Map;

/**
 * A backend for slot tests: preparing takes {@code prepareMillis}, every measurement {@code measureMillis}
 * of real time and reports a rate of 1000 / measureMillis items/s, so a time box's combined rate is known.
 */
final class PacedBackend implements Backend {
    private final long prepareMillis;
    private final long measureMillis;

    PacedBackend(long prepareMillis, long measureMillis) {
        this.prepareMillis = prepareMillis;
        this.measureMillis = measureMillis;
    }

    @Override
    public String name() {
        return "paced";
    }

    @Override
    public List<String> workloads() {
        return List.of("gemm", "memprobe");
    }

    @Override
    public Map<String, String> defaults(String workload) {
        return Map.of();
    }

    @Override
    public DeviceFacts facts() {
        return new DeviceFacts("paced", null, null, null, null, null, null, null, null, null, null, null, "none", null);
    }

    @Override
    public PreparedWorkload prepare(String workload, Parameters parameters) {
        sleep(prepareMillis);
        return new PreparedWorkload() {
            @Override
            public List<Measurement> measure() {
                sleep(measureMillis);
                return List.of(new Measurement("rate", 1000.0 / measureMillis, "items/s", true));
            }

            @Override
            public Verification verify() {
                return Verification.within(0, 1e-9, "paced ok");
            }

            @Override
            public void close() {
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
    }
}
