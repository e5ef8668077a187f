package io.vgpubench.report;

import io.vgpubench.contract.event.Sample;
import io.vgpubench.sharing.CheckedSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes overlap.csv: one line per sample key (as in samples.jsonl) with its group, how many co-runners
 * were found, the fraction of its timed interval under every co-runner's load, the verdict and why.
 */
final class OverlapCsv {
    static final List<String> COLUMNS = List.of("key", "flavor", "tasks", "workload", "metric", "group", "group_size",
            "co_runners", "fraction", "verdict", "reason");

    private OverlapCsv() {}

    static void write(Path file, List<CheckedSample> checked) throws IOException {
        CsvRows.write(file, COLUMNS, checked.stream().map(OverlapCsv::row).toList());
    }

    private static Map<String, Object> row(CheckedSample c) {
        Sample s = c.sample();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", s.key());
        r.put("flavor", s.flavor());
        r.put("tasks", s.tasks());
        r.put("workload", s.workload());
        r.put("metric", s.metric());
        r.put("group", s.group());
        r.put("group_size", s.groupSize());
        r.put("co_runners", c.coRunners());
        r.put("fraction", c.overlap().fraction());
        r.put("verdict", c.overlap().verdict());
        r.put("reason", c.overlap().reason());
        return r;
    }
}
