package io.vgpubench.report.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.vgpubench.history.HistoryPoint;
import io.vgpubench.report.CsvCells;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** history.csv: one line per campaign and series, in time order; formula-like text cells neutralised. */
final class HistoryCsv {
    static final List<String> COLUMNS = List.of("campaign", "started", "workload", "metric", "unit", "flavor", "tasks", "n",
            "mean", "sd", "ci95_low", "ci95_high");

    private HistoryCsv() {}

    static String render(List<HistoryPoint> points) throws JsonProcessingException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        return mapper.writer(schema.build()).writeValueAsString(points.stream().map(HistoryCsv::row).toList());
    }

    private static Map<String, Object> row(HistoryPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaign", p.campaign());
        m.put("started", p.started().toString());
        m.put("workload", p.workload());
        m.put("metric", p.metric());
        m.put("unit", p.unit());
        m.put("flavor", p.flavor());
        m.put("tasks", p.tasks());
        m.put("n", p.n());
        m.put("mean", p.mean());
        m.put("sd", p.sd());
        m.put("ci95_low", p.ci95Low());
        m.put("ci95_high", p.ci95High());
        return CsvCells.safe(m);
    }
}
