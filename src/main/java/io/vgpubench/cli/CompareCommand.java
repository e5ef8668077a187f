package io.vgpubench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.vgpubench.VgpubenchException;
import io.vgpubench.compare.AgainstHistory;
import io.vgpubench.compare.CampaignComparison;
import io.vgpubench.compare.Change;
import io.vgpubench.compare.ComparisonText;
import io.vgpubench.compare.LeftOut;
import io.vgpubench.history.CampaignHistory;
import io.vgpubench.report.source.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vgpubench compare`: puts two campaigns side by side per workload, flavor and task count. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Puts two campaigns side by side per workload, metric, flavor and task count: the change of the mean "
                + "from A to B with its 95%% interval and whether it is significant (Welch's p, Holm-adjusted over all the "
                + "changes compared, < 0.05).",
            "A and B are campaign folders, samples CSV files or summary CSV files (see `vgpubench report --help`)."})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The reference: a campaign folder or a CSV file.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The one judged against A: a campaign folder or a CSV file.")
    Path b;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write compare.md and compare.csv here.")
    Path out;

    @Option(names = "--fail-on-worse", paramLabel = "PCT", description = "Exit 1 when B is significantly worse than A"
            + " (Welch's p Holm-adjusted over every change compared, < 0.05) by more than PCT percent anywhere, for CI: "
            + "0 fails on any significant regression.")
    Double failOnWorse;

    @Option(names = "--history", paramLabel = "RESULTS_DIR", description = "Also hold B's means to each series' reference "
            + "band from the campaigns under RESULTS_DIR (B left out; see `vgpubench history`): exit 1 where one lies outside.")
    Path history;

    @Option(names = "--last", paramLabel = "N", defaultValue = "5",
            description = "With --history: campaigns a band is derived from (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--sd", paramLabel = "K", defaultValue = "3",
            description = "With --history: half-width of a band in standard deviations (default: ${DEFAULT-VALUE}).")
    double k;

    @Override
    public Integer call() {
        Inputs.Measured inA = Inputs.measured(a);
        Inputs.Measured inB = Inputs.measured(b);
        CampaignComparison c = CampaignComparison.of(a.toString(), inA.series(), b.toString(), inB.series());
        String leftOut = LeftOut.markdown("A", inA.sharing()) + LeftOut.markdown("B", inB.sharing());
        if (c.changes().isEmpty()) {
            throw VgpubenchException.badInput(a + " and " + b + " share no (workload, metric, flavor, tasks) to compare"
                    + leftOut.replace('\n', ' ').stripTrailing());
        }
        AgainstHistory vsHistory = history == null ? null
                : AgainstHistory.of(c, CampaignHistory.read(history), b.getFileName().toString(), last, k);
        String text = ComparisonText.markdown(c) + leftOut + (vsHistory == null ? "" : vsHistory.markdown());
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        if (out != null) {
            write(c, text);
        }
        boolean outside = vsHistory != null && !vsHistory.outside().isEmpty();
        if (vsHistory != null) {
            vsHistory.outside().forEach(v -> spec.commandLine().getErr().println("OUTSIDE its history: " + v.change().workload()
                    + " · " + v.change().metric() + ", " + v.change().flavor() + " x" + v.change().tasks() + ": mean "
                    + v.change().meanB() + ", band " + v.band().describe()));
            spec.commandLine().getErr().flush();
        }
        if (failOnWorse == null) {
            return outside ? ExitCode.FAILED_RUNS : ExitCode.OK;
        }
        if (failOnWorse < 0 || failOnWorse.isNaN()) {
            throw VgpubenchException.badInput("--fail-on-worse: " + failOnWorse + " is not a percentage of at least 0");
        }
        var worse = c.changes().stream().filter(ch -> ch.worseBy(failOnWorse)).toList();
        worse.forEach(ch -> spec.commandLine().getErr().printf("WORSE by more than %s%%: %s · %s, %s x%d: %s (p = %.3g, Holm-adjusted %.3g)%n",
                failOnWorse, ch.workload(), ch.metric(), ch.flavor(), ch.tasks(),
                ch.changePct() == null ? "mean " + ch.meanA() + " -> " + ch.meanB()
                        : String.format(java.util.Locale.ROOT, "%+.1f%%", ch.changePct()), ch.pValue(), ch.pAdjusted()));
        spec.commandLine().getErr().flush();
        return worse.isEmpty() && !outside ? ExitCode.OK : ExitCode.FAILED_RUNS;
    }

    private void write(CampaignComparison c, String text) {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("compare.md"), text);
            CsvMapper csv = new CsvMapper();
            csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            csv.writer(csv.schemaFor(Change.class).withHeader()).writeValue(out.resolve("compare.csv").toFile(), c.changes());
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot write to " + out + ": " + e.getMessage(), e);
        }
    }
}
