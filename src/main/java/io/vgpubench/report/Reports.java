package io.vgpubench.report;

import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reports' front door: analyses an input and writes summary.csv, summary.json and report.md
 * (and report.html, thresholds.xml) into a folder. Returns the analysed report, whose threshold
 * results decide the exit code and whose {@link OverheadTable} the CLI prints.
 */
public final class Reports {
    private Reports() {}

    public static Report write(Path dir, ReportInput input) {
        Report report = Report.analyse(input);
        try {
            Files.createDirectories(dir);
            SummaryCsv.write(dir.resolve("summary.csv"), report.rows());
            SummaryJson.write(dir.resolve("summary.json"), report);
            Files.writeString(dir.resolve("report.md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.html"), HtmlReport.render(report), StandardCharsets.UTF_8);
            ThresholdsXml.write(dir.resolve("thresholds.xml"), input.campaign(), report.thresholds());
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
        return report;
    }

    /** The per-flavor overhead table as text for the terminal. */
    public static String overheadTable(Report report) {
        return OverheadTable.render(report);
    }
}
