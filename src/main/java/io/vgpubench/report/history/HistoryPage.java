package io.vgpubench.report.history;

import io.vgpubench.VgpubenchException;
import io.vgpubench.history.Band;
import io.vgpubench.history.History;
import io.vgpubench.history.HistoryPoint;
import io.vgpubench.report.Fmt;
import io.vgpubench.report.Html;
import io.vgpubench.report.Md;
import io.vgpubench.report.html.Charts;
import io.vgpubench.report.units.Scale;
import io.vgpubench.report.units.Units;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes history.html (per workload metric a trend chart and table, and each series' reference band),
 * history.md (the same tables) and history.csv (every point) into a folder.
 */
public final class HistoryPage {
    /** The trend tables show each series' most recent campaigns only; history.csv holds every one. */
    static final int TABLE_ROWS = 50;

    private HistoryPage() {}

    public record Settings(Path results, int last, double k) {}

    public static void write(Path dir, History h, Settings s) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("history.html"), html(h, s), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("history.md"), markdown(h, s), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("history.csv"), HistoryCsv.render(h.points()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write the history to " + dir + ": " + e.getMessage(), e);
        }
    }

    static Map<String, List<HistoryPoint>> byWorkloadMetric(History h) {
        return h.points().stream().collect(Collectors.groupingBy(p -> p.workload() + " · " + p.metric(), LinkedHashMap::new,
                Collectors.toList()));
    }

    static Scale scale(List<HistoryPoint> points) {
        return Units.forColumn(points.get(0).unit(), points.stream().map(HistoryPoint::mean).toList());
    }

    static String intro(History h, Settings s) {
        return h.campaigns() + " campaign(s) under " + s.results() + ". Reference band: the mean of a series' last " + s.last()
                + " campaigns ± " + Fmt.plain(s.k()) + " s·√(1 + 1/N), s the larger of their means' standard deviation and their "
                + "standard error (a prediction interval for one more campaign); the newest campaign is judged against the band "
                + "of the ones before it.";
    }

    private static String html(History h, Settings s) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>vgpubench history</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>vgpubench history</h1>\n");
        b.append("<p>").append(Html.esc(intro(h, s))).append("</p>\n");
        if (!h.skipped().isEmpty()) {
            b.append("<div class=\"warn\"><strong>Skipped</strong>").append(Html.list(h.skipped())).append("</div>\n");
        }
        if (h.points().isEmpty()) {
            b.append("<p>No campaign with a summary.json matched.</p>\n");
        }
        int chart = 0;
        for (Map.Entry<String, List<HistoryPoint>> g : byWorkloadMetric(h).entrySet()) {
            Scale sc = scale(g.getValue());
            History one = new History(g.getValue(), List.of());
            Map<HistoryPoint.SeriesName, List<HistoryPoint>> series = one.bySeries();
            List<Band> bands = one.bands(s.last(), s.k());
            b.append("<section class=\"metric\">\n<h2>").append(Html.esc(g.getKey())).append(" (").append(Html.esc(sc.unit()))
                    .append(", ").append(g.getValue().get(0).higherIsBetter() ? "higher" : "lower").append(" is better)</h2>\n");
            List<Charts.Trend> trends = series.entrySet().stream().map(e -> new Charts.Trend(e.getKey().label(),
                    e.getValue().stream().map(p -> point(sc, p)).toList())).toList();
            double[] band = bands.isEmpty() ? null : new double[] {sc.apply(bands.get(0).low()), sc.apply(bands.get(0).high())};
            String title = "Trend: " + g.getKey() + (band == null ? "" : " (band: " + bands.get(0).series().label() + ")");
            b.append("<figure class=\"chart trend\">\n").append(Charts.trend("trend" + chart++, title,
                    g.getValue().get(0).metric() + " (" + sc.unit() + ")", trends, band)).append("\n</figure>\n");
            b.append(Html.table(BAND_HEADER, bandRows(sc, series, s)));
            b.append("<h3>Per campaign</h3>\n").append(Html.table(TREND_HEADER, trendRows(sc, series)));
            b.append("</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static String markdown(History h, Settings s) {
        StringBuilder b = new StringBuilder("# vgpubench history\n\n").append(Md.esc(intro(h, s))).append("\n\n");
        h.skipped().forEach(x -> b.append("- skipped: ").append(Md.esc(x)).append('\n'));
        for (Map.Entry<String, List<HistoryPoint>> g : byWorkloadMetric(h).entrySet()) {
            Scale sc = scale(g.getValue());
            Map<HistoryPoint.SeriesName, List<HistoryPoint>> series = new History(g.getValue(), List.of()).bySeries();
            b.append("\n## ").append(Md.esc(g.getKey())).append(" (").append(Md.esc(sc.unit())).append(")\n\n");
            table(b, BAND_HEADER, bandRows(sc, series, s));
            table(b, TREND_HEADER, trendRows(sc, series));
        }
        return b.toString();
    }

    private static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        b.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(x -> b.append("---|"));
        b.append('\n');
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r.stream().map(Md::esc).toList())).append(" |\n"));
        b.append('\n');
    }

    private static Charts.TrendPoint point(Scale sc, HistoryPoint p) {
        double mean = sc.apply(p.mean());
        return new Charts.TrendPoint(p.started().toEpochMilli(), mean, p.ci95Low() == null ? mean : sc.apply(p.ci95Low()),
                p.ci95High() == null ? mean : sc.apply(p.ci95High()));
    }

    static final List<String> BAND_HEADER = List.of("Flavor × tasks", "Campaigns", "Reference band (last campaigns)",
            "Newest", "Newest against the campaigns before it");

    private static List<List<String>> bandRows(Scale sc, Map<HistoryPoint.SeriesName, List<HistoryPoint>> series, Settings s) {
        List<List<String>> rows = new ArrayList<>();
        series.forEach((name, points) -> {
            Band all = Band.of(name, points, s.last(), s.k());
            HistoryPoint newest = points.get(points.size() - 1);
            Band before = Band.of(name, points.subList(0, points.size() - 1), s.last(), s.k());
            rows.add(List.of(name.label(), String.valueOf(points.size()), all == null ? "– (fewer than 2 campaigns)" : range(sc, all),
                    Fmt.sig(sc.apply(newest.mean())) + " (" + newest.campaign() + ")",
                    before == null ? "–" : before.contains(newest.mean()) ? "within " + range(sc, before)
                            : "OUTSIDE " + range(sc, before)));
        });
        return rows;
    }

    private static String range(Scale sc, Band b) {
        return "[" + Fmt.sig(sc.apply(b.low())) + ", " + Fmt.sig(sc.apply(b.high())) + "]";
    }

    private static final java.time.format.DateTimeFormatter STARTED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

    static final List<String> TREND_HEADER = List.of("Campaign", "Started (UTC)", "Flavor × tasks", "n", "Mean ± sd", "95% CI of mean");

    private static List<List<String>> trendRows(Scale sc, Map<HistoryPoint.SeriesName, List<HistoryPoint>> series) {
        List<List<String>> rows = new ArrayList<>();
        series.forEach((name, points) -> points.subList(Math.max(0, points.size() - TABLE_ROWS), points.size()).forEach(p ->
                rows.add(List.of(p.campaign(), STARTED.format(p.started()), name.label(), String.valueOf(p.n()),
                        Fmt.meanSd(sc.apply(p.mean()), sc.apply(p.sd())), p.ci95Low() == null ? "–"
                                : "[" + Fmt.sig(sc.apply(p.ci95Low())) + ", " + Fmt.sig(sc.apply(p.ci95High())) + "]"))));
        return rows;
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1150px;color:#222;padding:0 1em}
            table{border-collapse:collapse;margin:0.8em 0;font-size:0.92em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
            th{background:#f2f2f2}td:first-child,th:first-child{text-align:left}figure{margin:1em 0}figure svg{max-width:100%;height:auto}
            .warn{background:#fff6d6;border-left:4px solid #d9a400;padding:0.4em 1em}
            .chart-missing{background:#f4f4f4;border:1px dashed #999;padding:1em;color:#444}
            """;
}
