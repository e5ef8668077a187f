package io.vgpubench.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.vgpubench.results.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes rows given by column name as a CSV file with a header; null values are empty cells, quotes only where needed,
 * formula-like text cells neutralised ({@link CsvCells}). */
final class CsvRows {
    private CsvRows() {}

    static void write(Path file, List<String> columns, List<Map<String, Object>> rows) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(JsonGenerator.Feature.IGNORE_UNKNOWN);
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only what needs it, however long
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        AtomicFile.write(file, out -> mapper.writer(schema.build()).writeValue(out, rows.stream().map(CsvCells::safe).toList()));
    }
}
