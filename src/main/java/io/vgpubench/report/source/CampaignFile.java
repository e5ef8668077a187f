package io.vgpubench.report.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vgpubench.VgpubenchException;
import io.vgpubench.model.Threshold;
import io.vgpubench.report.FlavorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * campaign.json, what `vgpubench report CAMPAIGN_DIR` needs besides samples.jsonl (snake_case):
 * {"campaign": id, "baseline": flavor, "flavors": {name: {"share_fraction", "scheduler", "label"}},
 *  "thresholds": [{"workload", "metric", "flavor", "max_overhead_pct", "max_cv_pct"}],
 *  "warnings": [...], "failures": [...]}. Only campaign and baseline are required; other fields (the
 * engine writes more, e.g. each flavor's catalog entry) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignFile(String campaign, String baseline, Map<String, FlavorInfo> flavors,
                           List<Threshold> thresholds, List<String> warnings, List<String> failures) {
    public static final String NAME = "campaign.json";

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();

    public CampaignFile {
        flavors = flavors == null ? Map.of() : flavors;
        thresholds = thresholds == null ? List.of() : thresholds;
        warnings = warnings == null ? List.of() : warnings;
        failures = failures == null ? List.of() : failures;
    }

    public static CampaignFile read(Path file) {
        try {
            CampaignFile c = MAPPER.readValue(file.toFile(), CampaignFile.class);
            if (c.campaign() == null || c.baseline() == null) {
                throw VgpubenchException.badInput(file + ": field " + (c.campaign() == null ? "campaign" : "baseline") + " is missing");
            }
            return c;
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw VgpubenchException.badInput(file + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw VgpubenchException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }
}
