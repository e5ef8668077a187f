package io.vgpubench.report;

import io.vgpubench.VgpubenchException;
import io.vgpubench.results.AtomicFile;
import io.vgpubench.model.Threshold;
import io.vgpubench.sharing.SharedCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The reports' front door: analyses an input and writes summary.csv, summary.json and report.md
 * (and report.html, thresholds.xml, and from samples overlap.csv and shared-cards.csv) into a folder. Returns the analysed report, whose threshold
 * results decide the exit code and whose {@link OverheadTable} the CLI prints.
 */
public final class Reports {
    private Reports() {}

    public static Report write(Path dir, ReportInput input) {
        Report report = withHistory(Report.analyse(input), dir.toAbsolutePath().normalize().getParent());
        try {
            Files.createDirectories(dir);
            SummaryCsv.write(dir.resolve("summary.csv"), report.rows());
            SummaryJson.write(dir.resolve("summary.json"), report);
            AtomicFile.write(dir.resolve("report.md"), MarkdownReport.render(report));
            AtomicFile.write(dir.resolve("report.html"), html(report, HtmlReport::render));
            ThresholdsXml.write(dir.resolve("thresholds.xml"), input.campaign(), report.thresholds());
            writeSharing(dir, input);
            writeCost(dir, report);
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
        return report;
    }

    /**
     * The report with its within_history bounds checked against the other campaigns under {@code results}
     * (the campaign folder's parent), where a threshold asks for them.
     */
    static Report withHistory(Report r, Path results) {
        List<Threshold> thresholds = r.input().thresholds();
        if (!HistoryThresholds.wanted(thresholds)) {
            return r;
        }
        List<ThresholdResult> all = new ArrayList<>(r.thresholds());
        all.addAll(HistoryThresholds.evaluate(thresholds, r.rows(), HistoryThresholds.earlier(results, r.input().campaign())));
        return new Report(r.input(), r.rows(), r.series(), r.outliers(), List.copyOf(all), r.warnings(), r.notes());
    }

    /** cost.csv, where a flavor has a cost an hour; a stale one goes. */
    private static void writeCost(Path dir, Report report) throws IOException {
        Path cost = dir.resolve("cost.csv");
        List<CostRows.Row> rows = CostRows.of(report);
        if (rows.isEmpty()) {
            Files.deleteIfExists(cost);
        } else {
            CsvRows.write(cost, CostRows.COLUMNS, rows.stream().map(CostRows.Row::csv).toList());
        }
    }

    /** overlap.csv (every sample's verdict) and shared-cards.csv, where the input has them; stale ones go. */
    private static void writeSharing(Path dir, ReportInput input) throws IOException {
        Path overlap = dir.resolve("overlap.csv");
        Path cards = dir.resolve("shared-cards.csv");
        if (input.sharing().checked().isEmpty()) {
            Files.deleteIfExists(overlap);
        } else {
            OverlapCsv.write(overlap, input.sharing().checked());
        }
        if (input.sharing().cards().isEmpty()) {
            Files.deleteIfExists(cards);
        } else {
            CsvRows.write(cards, SharedCard.COLUMNS,
                    input.sharing().cards().stream().map(SharedCard::row).toList());
        }
    }

    /**
     * The HTML report, or, where the charts cannot be drawn (a JVM without fonts or AWT), a page that says
     * so and points to report.md, so the numbers are never lost to a rendering fault.
     */
    static String html(Report report, Function<Report, String> renderer) {
        try {
            return renderer.apply(report);
        } catch (RuntimeException | LinkageError | InternalError e) {
            return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>vgpubench report: "
                    + Html.esc(report.input().campaign()) + "</title></head><body><h1>vgpubench report: "
                    + Html.esc(report.input().campaign()) + "</h1><p class=\"fail\">The charts could not be drawn on this machine ("
                    + Html.esc(e.getClass().getSimpleName() + ": " + e.getMessage()) + "). The figures are in report.md, "
                    + "summary.csv and summary.json beside this file.</p></body></html>\n";
        }
    }

    /** The per-flavor overhead table as text for the terminal. */
    public static String overheadTable(Report report) {
        return OverheadTable.render(report);
    }
}
