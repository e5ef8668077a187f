package io.vgpubench.report;

import io.vgpubench.report.units.Scale;
import io.vgpubench.report.units.Units;
import io.vgpubench.stats.SummaryRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** The display unit of one workload metric's column of means (sizes in GiB, times in the unit that reads best). */
final class ColumnScale {
    private ColumnScale() {}

    static Scale of(List<SummaryRow> group) {
        List<Double> values = new ArrayList<>();
        group.forEach(r -> values.add(r.mean()));
        return Units.forColumn(group.get(0).unit(), values);
    }

    /** Each workload metric's scale, by the key of {@link MarkdownReport#byWorkloadMetric}. */
    static Map<String, Scale> byWorkloadMetric(List<SummaryRow> rows) {
        Map<String, Scale> scales = new HashMap<>();
        MarkdownReport.byWorkloadMetric(rows).forEach((key, group) -> scales.put(key, of(group)));
        return scales;
    }

    /** A value of the outlier's workload metric with its display unit: "3.02 min". */
    static String value(Map<String, Scale> scales, Report.Outlier o, double value) {
        Scale s = scales.getOrDefault(o.workload() + " · " + o.metric(), Scale.as(""));
        return (Fmt.sig(s.apply(value)) + " " + s.unit()).trim();
    }

    /** "198.1 ± 0.9" in the column's unit. */
    static String meanSd(Scale s, SummaryRow r) {
        return Fmt.meanSd(s.apply(r.mean()), s.apply(r.sd()));
    }

    /** The mean alone where the values do not vary (a fact read several times), else mean ± sd. */
    static String fact(Scale s, SummaryRow r) {
        return r.sd() == null || r.sd() == 0 ? Fmt.sig(s.apply(r.mean())) : meanSd(s, r);
    }
}
