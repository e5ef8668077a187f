package io.vgpubench.cli;

import io.vgpubench.campaign.CampaignOutcome;
import io.vgpubench.campaign.CampaignRunner;
import io.vgpubench.campaign.CampaignStop;
import io.vgpubench.cloud.Clouds;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * What the campaign commands share: the engine with this installation's loader, progress drawn live where a
 * terminal watches, the clouds' messages on standard error; for run and resume the signals that stop the
 * campaign, and the closing summary.
 */
final class CampaignCommands {
    private CampaignCommands() {}

    static CampaignRunner runner(PrintWriter out, PrintWriter err) {
        return new CampaignRunner(Home.resolve(), out, Home.playbookLoader()::load,
                (spec, resultsRoot) -> Clouds.open(spec, resultsRoot, err::println))
                .liveProgress(System.console() != null);
    }

    /** Runs or resumes a campaign that SIGINT and SIGTERM tear down; prints how it ended and picks the exit code. */
    static int drive(PrintWriter out, PrintWriter err, Function<CampaignRunner, CampaignOutcome> campaign) {
        CampaignStop stop = new CampaignStop();
        try (CampaignSignals signals = CampaignSignals.install(stop)) {
            return conclude(campaign.apply(runner(out, err).stoppedBy(stop)), out);
        }
    }

    /** A warning as one readable line (the report keeps it whole). */
    private static String shortened(String warning) {
        return warning.length() <= 200 ? warning : warning.substring(0, 197) + "...";
    }

    /** Prints how the campaign ended and picks the exit code. */
    private static int conclude(CampaignOutcome outcome, PrintWriter out) {
        out.println();
        out.println(outcome.samples() == 0 ? "no samples were collected" : outcome.overheadTable());
        outcome.warnings().stream().map(CampaignCommands::shortened).distinct()
                .forEach(w -> out.println("warning: " + w));
        outcome.failedRuns().forEach(f -> out.println("failed: " + f));
        outcome.failedThresholds().forEach(f -> out.println("threshold not met: " + f));
        outcome.leftovers().forEach(l -> out.println("left over: " + l));
        out.println("samples: " + outcome.samples());
        out.println("results: " + outcome.directory());
        out.flush();
        if (outcome.samples() == 0 && !outcome.failedRuns().isEmpty()) {
            return ExitCode.INFRASTRUCTURE;
        }
        return outcome.passed() ? ExitCode.OK : ExitCode.FAILED_RUNS;
    }
}
