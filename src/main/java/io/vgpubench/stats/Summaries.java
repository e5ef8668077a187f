package io.vgpubench.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns series into summary rows against the baseline flavor: the baseline of a (workload, metric) at
 * k tasks is the baseline flavor at k tasks, or else at 1 task. Rows are ordered by workload, metric,
 * flavor (baseline first, then the given order, then by name) and tasks. Welch's p of every compared row
 * is also given Holm-adjusted over all the compared rows (one family per report).
 */
public final class Summaries {
    private Summaries() {}

    /** The result: rows in report order, and notes on series that had no baseline to compare with. */
    public record Result(List<SummaryRow> rows, List<Series> series, List<String> notes) {}

    private record Compared(Series series, Comparison vs, boolean isBaseline, Integer baselineTasks) {}

    public static Result compute(List<Series> series, String baselineFlavor, List<String> flavorOrder) {
        return compute(series, baselineFlavor, flavorOrder, 0.95);
    }

    /** As {@link #compute(List, String, List)}, with every overhead interval at {@code level}. */
    public static Result compute(List<Series> series, String baselineFlavor, List<String> flavorOrder, double level) {
        Map<SeriesKey, Series> byKey = new HashMap<>();
        series.forEach(s -> byKey.put(s.key(), s));
        List<Series> ordered = new ArrayList<>(series);
        ordered.sort(order(baselineFlavor, flavorOrder));
        List<Compared> compared = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Series s : ordered) {
            if (s.key().flavor().equals(baselineFlavor)) {
                compared.add(new Compared(s, null, true, null));
                continue;
            }
            Series base = byKey.get(s.key().with(baselineFlavor, s.key().tasks()));
            if (base == null) {
                base = byKey.get(s.key().with(baselineFlavor, 1));
            }
            if (base == null) {
                notes.add("no baseline (" + baselineFlavor + ") for " + s.key() + ": comparison columns left empty");
                compared.add(new Compared(s, null, false, null));
                continue;
            }
            if (!Comparison.ratioDefined(s, base)) {
                notes.add(s.key() + ": mean " + s.stats().mean() + " against the baseline's " + base.stats().mean()
                        + ": a ratio needs a baseline mean above 0 and a mean of at least 0, so ratio, overhead and "
                        + "its interval are left empty (Welch's p is given)");
            }
            compared.add(new Compared(s, Comparison.of(s, base, level), false, base.key().tasks()));
        }
        double[] adjusted = Holm.adjust(compared.stream()
                .mapToDouble(c -> c.vs() == null ? Double.NaN : c.vs().pValue()).toArray());
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            Compared c = compared.get(i);
            rows.add(SummaryRow.of(c.series(), c.vs(), adjusted[i], c.isBaseline(), c.baselineTasks()));
        }
        return new Result(List.copyOf(rows), List.copyOf(ordered), List.copyOf(notes));
    }

    static Comparator<Series> order(String baselineFlavor, List<String> flavorOrder) {
        Comparator<Series> byFlavor = Comparator.comparingInt(s -> {
            String f = s.key().flavor();
            int i = flavorOrder.indexOf(f);
            return f.equals(baselineFlavor) ? -1 : i < 0 ? Integer.MAX_VALUE : i;
        });
        return Comparator.<Series, String>comparing(s -> s.key().workload())
                .thenComparing(s -> s.key().metric())
                .thenComparing(byFlavor)
                .thenComparing(s -> s.key().flavor())
                .thenComparingInt(s -> s.key().tasks());
    }
}
