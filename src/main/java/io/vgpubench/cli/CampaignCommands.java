package io.vgpubench.cli;

import io.vgpubench.campaign.CampaignOutcome;
import io.vgpubench.campaign.CampaignRunner;
import java.io.PrintWriter;

/** What run and resume share: the engine with this installation's loader, and the closing summary. */
final class CampaignCommands {
    private CampaignCommands() {}

    static CampaignRunner runner(PrintWriter out) {
        return new CampaignRunner(Home.resolve(), out, Home.playbookLoader()::load)
                .liveProgress(System.console() != null);
    }

    /** A warning as one readable line (the report keeps it whole). */
    private static String shortened(String warning) {
        return warning.length() <= 200 ? warning : warning.substring(0, 197) + "...";
    }

    /** Prints how the campaign ended and picks the exit code. */
    static int conclude(CampaignOutcome outcome, PrintWriter out) {
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
