package io.vgpubench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vgpubench.stats.Outliers;
import io.vgpubench.results.AtomicFile;
import io.vgpubench.stats.RatioInterval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes summary.json: the summary rows (the CSV's columns plus higher_is_better, baseline,
 * baseline_tasks), the methods (intervals, the multiple-comparison adjustment, the outlier rule) with the campaign's metadata, outliers, thresholds,
 * device facts, the co-runners' overlap (samples left out, and why) and shared-card figures, warnings,
 * failures and notes.
 */
final class SummaryJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();

    private SummaryJson() {}

    static void write(Path file, Report r) throws IOException {
        AtomicFile.write(file, out -> MAPPER.writeValue(out, document(r)));
    }

    static Map<String, Object> document(Report r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("campaign", r.input().campaign());
        doc.put("baseline", r.input().baselineFlavor());
        doc.put("overhead_interval_methods", Map.of(
                "FIELLER", RatioInterval.Method.FIELLER.label(), "UNBOUNDED", RatioInterval.Method.UNBOUNDED.label()));
        doc.put("multiple_comparisons", MarkdownReport.ADJUSTMENT);
        doc.put("outlier_rule", Outliers.RULE);
        doc.put("flavors", r.input().flavors());
        doc.put("rows", r.rows());
        doc.put("outliers", r.outliers());
        doc.put("thresholds", r.thresholds());
        doc.put("devices", r.input().devices().stream().map(d -> Map.of("flavor", d.flavor(),
                "instance", String.valueOf(d.instance()), "facts", d.facts())).toList());
        doc.put("overlap", SharingJson.overlap(r.input().sharing()));
        doc.put("shared_cards", r.input().sharing().cards().stream().map(c -> c.row()).toList());
        doc.put("warnings", r.warnings());
        doc.put("failures", r.input().failures());
        doc.put("notes", r.notes());
        return doc;
    }
}
