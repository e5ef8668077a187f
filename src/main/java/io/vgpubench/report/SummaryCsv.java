package io.vgpubench.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.vgpubench.results.AtomicFile;
import io.vgpubench.stats.SummaryRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes summary.csv: the contract's 22 columns in order, one row per (workload, metric, flavor, tasks),
 * text cells that a spreadsheet would take for formulas neutralised ({@link CsvCells}). */
final class SummaryCsv {
    private SummaryCsv() {}

    static void write(Path file, List<SummaryRow> rows) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(JsonGenerator.Feature.IGNORE_UNKNOWN);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        SummaryRow.CSV_COLUMNS.forEach(schema::addColumn);
        List<Map<String, Object>> cells = rows.stream()
                .map(r -> CsvCells.safe(mapper.convertValue(r, new TypeReference<Map<String, Object>>() {}))).toList();
        AtomicFile.write(file, out -> mapper.writer(schema.build()).writeValue(out, cells));
    }
}
