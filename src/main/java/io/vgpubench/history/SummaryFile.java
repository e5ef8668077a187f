package io.vgpubench.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The part of a campaign's summary.json that history needs: the campaign id and the summary rows' figures. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SummaryFile(String campaign, String baseline, List<Row> rows) {
    private static final ObjectReader READER = JsonMapper.builder().build().readerFor(SummaryFile.class);

    SummaryFile {
        rows = rows == null ? List.of() : rows;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Row(String workload, String metric, String unit, String flavor, int tasks, int n, Double mean, Double sd,
               Double ci95Low, Double ci95High, boolean higherIsBetter) {}

    static SummaryFile read(Path file) throws IOException {
        return READER.readValue(file.toFile());
    }
}
