package io.vgpubench.cli;

import io.vgpubench.VgpubenchException;
import io.vgpubench.report.Report;
import io.vgpubench.report.ReportInput;
import io.vgpubench.report.Reports;
import io.vgpubench.report.source.Inputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vgpubench report`: writes the report of a campaign folder, or of samples or summary figures from elsewhere. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the report (report.md, report.html, summary.csv, summary.json, thresholds.xml) "
                + "of a campaign folder, or of samples or summary-level figures brought from elsewhere.",
            "Samples CSV columns: flavor,workload,metric,unit,higher_is_better,tasks,value (optional repetition, share_fraction).",
            "Summary CSV columns: flavor,workload,metric,unit,higher_is_better,tasks,n,mean,sd "
                + "(optional share_fraction, scheduler, label, source).",
            "An empty unit is a unitless metric (a score). Numbers are decimal (12.5, 1.2e-3; not 5d or 0x1p3); a value "
                + "or mean whose unit is a time, rate or size must not be negative."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CAMPAIGN", description = "A campaign folder (samples.jsonl, campaign.json), "
            + "or its id (a folder under --results).")
    Path campaignDir;

    @Option(names = "--results", paramLabel = "RESULTS", defaultValue = "results",
            description = "The results folder a campaign id is looked up in (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--samples", paramLabel = "FILE.csv", description = "Samples brought from elsewhere.")
    Path samples;

    @Option(names = "--summary", paramLabel = "FILE.csv", description = "Summary-level figures (mean, sd, n), e.g. a paper's tables.")
    Path summary;

    @Option(names = "--baseline", paramLabel = "FLAVOR", description = "The baseline flavor (required with --samples and --summary).")
    String baseline;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: the campaign folder, or FILE-report/ beside the CSV).")
    Path out;

    @Override
    public Integer call() {
        if (campaignDir != null) {
            campaignDir = CampaignDirParameter.resolve(campaignDir, results);
        }
        ReportInput input = input();
        Path dir = out != null ? out : campaignDir != null ? campaignDir : beside(samples != null ? samples : summary);
        Report report = Reports.write(dir, input);
        PrintWriter w = spec.commandLine().getOut();
        w.print(Reports.overheadTable(report));
        w.println("report written to " + dir);
        w.flush();
        return report.thresholdsPassed() && input.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILED_RUNS;
    }

    private ReportInput input() {
        int sources = (campaignDir != null ? 1 : 0) + (samples != null ? 1 : 0) + (summary != null ? 1 : 0);
        if (sources != 1) {
            throw VgpubenchException.badInput("give exactly one of CAMPAIGN, --samples FILE.csv, --summary FILE.csv");
        }
        if (campaignDir != null) {
            return Inputs.campaign(campaignDir, baseline);
        }
        if (baseline == null) {
            throw VgpubenchException.badInput("--baseline FLAVOR is required with " + (samples != null ? "--samples" : "--summary"));
        }
        return samples != null ? Inputs.samplesCsv(samples, baseline) : Inputs.summaryCsv(summary, baseline);
    }

    private static Path beside(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(name + "-report");
    }
}
