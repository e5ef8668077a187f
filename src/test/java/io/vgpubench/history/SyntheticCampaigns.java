package io.vgpubench.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.Threshold;
import io.vgpubench.report.ReportInput;
import io.vgpubench.report.Reports;
import io.vgpubench.results.SampleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Campaign folders under a results folder, one a day: the first few with samples.jsonl and every report file
 * written by the real {@link Reports}; beyond those, summary.json copied from a real one with the campaign id and means changed
 * (what a results folder of hundreds of campaigns holds, at the cost of a file copy each).
 */
public final class SyntheticCampaigns {
    static final Instant FIRST = Instant.parse("2026-06-01T08:00:00Z");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmm").withZone(ZoneOffset.UTC);
    static final List<Flavor> FLAVORS = List.of(
            new Flavor("bare", "bare", "bare", 80.0, 1.0, "H100", null, 16, 128.0, "test", false, null),
            new Flavor("h100-40c", "h100-40c", "GRID H100-40C", 40.0, 0.5, "H100", "best-effort", 8, 64.0, "test", false, null));

    private SyntheticCampaigns() {}

    public static String id(int day) {
        return "nightly-" + STAMP.format(FIRST.plusSeconds(86400L * day)) + "-" + String.format("%04x", day);
    }

    /** {@code real} campaigns reported for real, then {@code copies} more whose summary.json is a changed copy. */
    public static void write(Path results, int real, int copies) throws Exception {
        Random random = new Random(42);
        for (int day = 0; day < real; day++) {
            double drift = day >= real - 1 && real > 3 ? 0.85 : 1.0; // the newest one regresses
            List<Sample> samples = samples(day, drift, random);
            Path dir = Files.createDirectories(results.resolve(id(day)));
            try (SampleStore store = SampleStore.open(dir.resolve("samples.jsonl"))) {
                store.addAll(samples);
            }
            Reports.write(dir, ReportInput.fromSamples(id(day), "bare", FLAVORS, samples, List.of(), List.of(), List.of()));
        }
        ObjectMapper json = new ObjectMapper();
        Path template = results.resolve(id(0)).resolve("summary.json");
        for (int day = real; day < real + copies; day++) {
            ObjectNode doc = (ObjectNode) json.readTree(template.toFile());
            doc.put("campaign", id(day));
            double factor = 1 + random.nextGaussian() * 0.01;
            doc.withArray("rows").forEach(r -> List.of("mean", "median", "min", "max", "ci95_low", "ci95_high").forEach(f -> {
                if (r.hasNonNull(f)) {
                    ((ObjectNode) r).put(f, r.get(f).asDouble() * factor);
                }
            }));
            Path dir = Files.createDirectories(results.resolve(id(day)));
            json.writeValue(dir.resolve("summary.json").toFile(), doc);
        }
    }

    /** Day {@code day}'s campaign: gemm-fp64 on both flavors (h100-40c's means times {@code drift}) and the memory probe. */
    public static ReportInput input(int day, double drift, Random random, List<Threshold> thresholds) {
        return ReportInput.fromSamples(id(day), "bare", FLAVORS, samples(day, drift, random), List.of(), List.of(), thresholds);
    }

    static List<Sample> samples(int day, double drift, Random random) {
        List<Sample> s = new ArrayList<>();
        for (int rep = 0; rep < 5; rep++) {
            s.add(sample(id(day), "bare", "gemm-fp64", "tflops", "TFLOP/s", true, rep, 60 + random.nextGaussian() * 0.3));
            s.add(sample(id(day), "h100-40c", "gemm-fp64", "tflops", "TFLOP/s", true, rep,
                    drift * (30 + random.nextGaussian() * 0.3)));
            s.add(sample(id(day), "bare", "memprobe", "allocatable", "bytes", true, rep, 84_000_000_000.0));
            s.add(sample(id(day), "h100-40c", "memprobe", "allocatable", "bytes", true, rep, 41_000_000_000.0));
        }
        return s;
    }

    private static Sample sample(String campaign, String flavor, String workload, String metric, String unit, boolean hib,
                                 int rep, double value) {
        Instant t = Instant.parse("2026-06-01T00:00:00Z").plusSeconds(60L * rep);
        return Sample.unscheduled(campaign, flavor + "-0", flavor, "r1", workload, Map.of(), rep, 0, 1, null, metric, value,
                unit, hib, t, t.plusSeconds(30), "cpu", null);
    }
}
