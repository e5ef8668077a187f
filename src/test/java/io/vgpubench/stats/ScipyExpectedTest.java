package io.vgpubench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every summary column against values computed independently with SciPy and mpmath, on the edge cases
 * (zero mean, zero baseline, zero variance, n = 1 and 2, unbounded Fieller, 1e-9 and 1e12 magnitudes, CV 1e-7 and
 * 1e-8). The expected values and their tolerances are in stats/scipy_expected.json, made by
 * stats/scipy_expected.py beside it (its docstring says how each figure is computed and why each tolerance).
 */
class ScipyExpectedTest {
    private static final List<String> NUMBERS = List.of("mean", "sd", "median", "min", "max", "cv_pct", "ci95_low",
            "ci95_high", "ratio", "relative_performance", "overhead_pct", "overhead_ci95_low", "overhead_ci95_high",
            "p_value", "p_adjusted", "share_efficiency");

    @Test
    void everySummaryColumnMatchesScipyOnEveryEdgeCase() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/stats/scipy_expected.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        List<Series> series = new ArrayList<>();
        for (JsonNode c : doc.path("cases")) {
            series.add(series(c, "bare", "baseline", 1.0));
            series.add(series(c, "f", "flavor", 0.5));
        }
        List<SummaryRow> rows = Summaries.compute(series, "bare", List.of("f")).rows();
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (JsonNode c : doc.path("cases")) {
            String name = c.path("name").asText();
            checked += check(soft, name + " baseline", row(rows, name, "bare"), c.path("expected_baseline"));
            SummaryRow f = row(rows, name, "f");
            checked += check(soft, name, f, c.path("expected_flavor"));
            JsonNode method = c.path("expected_flavor").path("overhead_ci_method");
            soft.assertThat(f.overheadCiMethod()).as(name + " overhead_ci_method")
                    .isEqualTo(method.isNull() ? null : method.asText());
        }
        soft.assertAll();
        assertThat(doc.path("cases")).hasSizeGreaterThanOrEqualTo(16);
        assertThat(checked).isGreaterThan(300);
    }

    private static int check(SoftAssertions soft, String name, SummaryRow row, JsonNode expected) {
        soft.assertThat(row.n()).as(name + " n").isEqualTo(expected.path("n").asInt());
        Map<String, Double> actual = columns(row);
        int checked = 1;
        for (String column : NUMBERS) {
            if (!expected.has(column)) {
                continue;
            }
            JsonNode e = expected.path(column);
            Double a = actual.get(column);
            if (e.isNull()) {
                soft.assertThat(a).as(name + " " + column + " (undefined)").isNull();
            } else {
                soft.assertThat(a).as(name + " " + column).isNotNull();
                if (a != null) {
                    double want = e.path("value").asDouble();
                    double tol = e.path("tol").asDouble();
                    soft.assertThat(Math.abs(a - want)).as(name + " " + column + ": " + a + " against " + want + " ± " + tol)
                            .isLessThanOrEqualTo(tol);
                }
            }
            checked++;
        }
        return checked;
    }

    private static Map<String, Double> columns(SummaryRow r) {
        Map<String, Double> m = new java.util.HashMap<>();
        Object[][] pairs = {{"mean", r.mean()}, {"sd", r.sd()}, {"median", r.median()}, {"min", r.min()}, {"max", r.max()},
                {"cv_pct", r.cvPct()}, {"ci95_low", r.ci95Low()}, {"ci95_high", r.ci95High()}, {"ratio", r.ratio()},
                {"relative_performance", r.relativePerformance()}, {"overhead_pct", r.overheadPct()},
                {"overhead_ci95_low", r.overheadCi95Low()}, {"overhead_ci95_high", r.overheadCi95High()},
                {"p_value", r.pValue()}, {"p_adjusted", r.pAdjusted()}, {"share_efficiency", r.shareEfficiency()}};
        Stream.of(pairs).forEach(p -> m.put((String) p[0], (Double) p[1]));
        return m;
    }

    private static SummaryRow row(List<SummaryRow> rows, String workload, String flavor) {
        return rows.stream().filter(r -> r.workload().equals(workload) && r.flavor().equals(flavor)).findFirst().orElseThrow();
    }

    private static Series series(JsonNode c, String flavor, String field, double share) {
        List<Observation> obs = new ArrayList<>();
        JsonNode values = c.path(field);
        for (int i = 0; i < values.size(); i++) {
            obs.add(new Observation(flavor, c.path("name").asText(), "m", "u", c.path("higher_is_better").asBoolean(), 1,
                    values.get(i).asDouble(), i, share, null, i));
        }
        return Series.of(obs);
    }
}
