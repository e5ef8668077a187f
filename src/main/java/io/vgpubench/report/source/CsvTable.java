package io.vgpubench.report.source;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file with a header line, read with Jackson CSV: the header must hold every required column,
 * and no column outside required and optional; each data row keeps its line number for errors.
 */
public final class CsvTable {
    private CsvTable() {}

    public static List<CsvRow> read(Path file, List<String> required, List<String> optional) {
        if (!Files.isRegularFile(file)) {
            throw VgpubenchException.badInput(file + ": no such file");
        }
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(file.toFile())) {
            if (!it.hasNextValue()) {
                throw VgpubenchException.badInput(file + ": empty file; expected a header line with " + String.join(",", required));
            }
            List<String> header = it.nextValue();
            checkHeader(file, header, required, optional);
            List<CsvRow> rows = new ArrayList<>();
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.nextValue();
                if (cells.size() != header.size()) {
                    throw VgpubenchException.badInput(String.format("%s line %d: %d value(s) where the header has %d columns",
                            file, line, cells.size(), header.size()));
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    byColumn.put(header.get(i), cells.get(i));
                }
                rows.add(new CsvRow(file, line, byColumn));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof VgpubenchException v) {
                throw v;
            }
            throw VgpubenchException.badInput(file + ": not a readable CSV file: " + e.getMessage());
        }
    }

    /** The header line's column names (empty for an empty file). */
    public static List<String> header(Path file) {
        if (!Files.isRegularFile(file)) {
            throw VgpubenchException.badInput(file + ": no such file or folder");
        }
        try (MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.TRIM_SPACES).readValues(file.toFile())) {
            return it.hasNextValue() ? it.nextValue() : List.of();
        } catch (IOException | RuntimeException e) {
            throw VgpubenchException.badInput(file + ": not a readable CSV file: " + e.getMessage());
        }
    }

    private static void checkHeader(Path file, List<String> header, List<String> required, List<String> optional) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                throw VgpubenchException.badInput(String.format("%s line 1, column %s: unknown column; expected %s%s",
                        file, column, String.join(",", required), optional.isEmpty() ? "" : " (optional " + String.join(",", optional) + ")"));
            }
            if (!seen.add(column)) {
                throw VgpubenchException.badInput(String.format("%s line 1, column %s: appears twice", file, column));
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                throw VgpubenchException.badInput(String.format("%s line 1, column %s: missing from the header", file, column));
            }
        }
    }
}
