package io.vgpubench.report;

import io.vgpubench.model.Flavor;
import io.vgpubench.model.Threshold;
import io.vgpubench.contract.event.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fixed report inputs: Table V-like runtimes (mean 179.8 bare, 198.1 on 16Q, sd 0.9487 each) and HPL-like throughput. */
final class Fixtures {
    static final double[] BARE = {178.6, 179.2, 179.8, 180.4, 181.0};
    static final double[] V16Q = {196.9, 197.5, 198.1, 198.7, 199.3};
    static final double[] V8Q = {283.0, 283.1, 283.2, 283.1, 290.0};

    private Fixtures() {}

    static List<Flavor> flavors() {
        return List.of(
                new Flavor("bare", "bare", "bare", 16.0, 1.0, "Tesla V100-SXM2-16GB", null, 8, 64.0, "test", false, null),
                new Flavor("v100-16q", "v100-16q", "GRID V100-16Q", 16.0, 1.0, "Tesla V100-SXM2-16GB", "fixed", 8, 64.0, "test", false, null),
                new Flavor("v100-8q", "v100-8q", "GRID V100-8Q", 8.0, 0.5, "Tesla V100-SXM2-16GB", "fixed", 8, 64.0, "test", false, null));
    }

    static ReportInput input(List<Threshold> thresholds) {
        List<Sample> samples = new ArrayList<>();
        add(samples, "bare", BARE, Map.of("name", "Tesla V100-SXM2-16GB", "driver", "535.104", "memory_reported_bytes", 17179869184L,
                "memory_allocatable_bytes", 16900000000L, "sm_clock_mhz", 1530, "sm_clock_max_mhz", 1530));
        add(samples, "v100-16q", V16Q, Map.of("name", "GRID V100-16Q", "driver", "535.104", "memory_reported_bytes", 17179869184L,
                "memory_allocatable_bytes", 12884901888L, "sm_clock_mhz", 1530, "sm_clock_max_mhz", 1530));
        add(samples, "v100-8q", V8Q, Map.of());
        samples.add(sample("bare", "hpl-proxy", "flops", "TFLOP/s", true, 0, 4.71, Map.of()));
        samples.add(sample("v100-16q", "hpl-proxy", "flops", "TFLOP/s", true, 0, 4.31, Map.of()));
        return ReportInput.fromSamples("c-test", "bare", flavors(), samples, List.of("agent: clock throttled once"),
                List.of(), thresholds);
    }

    private static void add(List<Sample> to, String flavor, double[] values, Map<String, Object> device) {
        for (int i = 0; i < values.length; i++) {
            to.add(sample(flavor, "vgg16", "runtime", "s", false, i, values[i], device));
        }
    }

    static Sample sample(String flavor, String workload, String metric, String unit, boolean hib, int rep, double value,
                         Map<String, Object> device) {
        Instant t = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * rep);
        return Sample.unscheduled("c-test", flavor + "-0", flavor, "r1", workload, Map.of(), rep, 0, 1, null, metric, value,
                unit, hib, t, t.plusSeconds(30), "cpu", io.vgpubench.contract.ContractJson.tolerant().convertValue(device, io.vgpubench.contract.event.DeviceFacts.class));
    }
}
