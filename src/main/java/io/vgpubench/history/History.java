package io.vgpubench.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Campaigns' points in time order, and the campaign folders that had nothing to read. */
public record History(List<HistoryPoint> points, List<String> skipped) {

    public long campaigns() {
        return points.stream().map(HistoryPoint::campaign).distinct().count();
    }

    /** Only the points of that workload, metric and flavor (null: any). */
    public History select(String workload, String metric, String flavor) {
        return new History(points.stream().filter(p -> any(workload, p.workload()) && any(metric, p.metric())
                && any(flavor, p.flavor())).toList(), skipped);
    }

    /** Points per series, series in first-seen order, each in time order. */
    public Map<HistoryPoint.SeriesName, List<HistoryPoint>> bySeries() {
        return points.stream().collect(Collectors.groupingBy(HistoryPoint::series, LinkedHashMap::new, Collectors.toList()));
    }

    /** Each series' band from its last {@code last} campaigns, ± k sd; series with fewer than two campaigns have none. */
    public List<Band> bands(int last, double k) {
        return bySeries().entrySet().stream().map(e -> Band.of(e.getKey(), e.getValue(), last, k)).filter(Objects::nonNull).toList();
    }

    /** The band of one series, where history has one. */
    public Optional<Band> band(HistoryPoint.SeriesName series, int last, double k) {
        List<HistoryPoint> p = bySeries().get(series);
        return p == null ? Optional.empty() : Optional.ofNullable(Band.of(series, p, last, k));
    }

    private static boolean any(String wanted, String value) {
        return wanted == null || wanted.equals("*") || wanted.equals(value);
    }
}
