package io.vgpubench.cli;

import io.vgpubench.history.Band;
import io.vgpubench.history.CampaignHistory;
import io.vgpubench.history.History;
import io.vgpubench.history.HistoryPoint;
import io.vgpubench.report.Fmt;
import io.vgpubench.report.units.Scale;
import io.vgpubench.report.units.Units;
import io.vgpubench.VgpubenchException;
import io.vgpubench.report.history.HistoryPage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vgpubench history`: every campaign under a results folder, a metric's trend per flavor, and each series' reference band. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Every campaign under a results folder (read from each one's summary.json): per workload metric "
                + "a trend table and chart of each flavor's mean over time with its 95%% interval, and the reference band "
                + "a new campaign is expected to fall in (from the last N campaigns: their mean ± K sd; see docs/reports.md).",
            "Writes history.html, history.md and history.csv (default: RESULTS_DIR/history/)."})
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RESULTS_DIR", defaultValue = "results",
            description = "The results folder (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--workload", paramLabel = "W", description = "Only this workload.")
    String workload;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric.")
    String metric;

    @Option(names = "--flavor", paramLabel = "F", description = "Only this flavor.")
    String flavor;

    @Option(names = "--last", paramLabel = "N", defaultValue = "5",
            description = "Campaigns the reference band is derived from (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--sd", paramLabel = "K", defaultValue = "3",
            description = "Half-width of the band in standard deviations (default: ${DEFAULT-VALUE}).")
    double k;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: RESULTS_DIR/history).")
    Path out;

    @Override
    public Integer call() {
        if (last < 2) {
            throw VgpubenchException.badInput("--last must be at least 2 (a band needs two campaigns)");
        }
        History h = CampaignHistory.read(results).select(workload, metric, flavor);
        Path dir = out != null ? out : results.resolve("history");
        HistoryPage.write(dir, h, new HistoryPage.Settings(results.toAbsolutePath().normalize(), last, k));
        PrintWriter w = spec.commandLine().getOut();
        List<Band> bands = h.bands(last, k);
        w.println(h.campaigns() + " campaign(s), " + h.bySeries().size() + " series, " + bands.size() + " with a reference band");
        for (Band b : bands) {
            List<HistoryPoint> points = h.bySeries().get(b.series());
            Scale sc = Units.forColumn(points.get(0).unit(), points.stream().map(HistoryPoint::mean).toList());
            w.println(b.series().workload() + " · " + b.series().metric() + " " + b.series().label() + ": [" + Fmt.sig(sc.apply(b.low()))
                    + ", " + Fmt.sig(sc.apply(b.high())) + "] " + sc.unit() + " (mean of the last " + b.campaigns().size()
                    + " campaigns ± " + Fmt.plain(k) + " sd)");
        }
        h.skipped().forEach(s -> spec.commandLine().getErr().println("skipped " + s));
        w.println("history written to " + dir);
        w.flush();
        return ExitCode.OK;
    }
}
