package io.vgpubench.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cli.Main;
import io.vgpubench.report.history.HistoryPage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed test (tag "benchmark", excluded from the default test run): `vgpubench history` over
 * 500 campaigns (5 reported for real, 495 with a copy of a real summary.json, 4 series each), as a user runs
 * it (the command line in-process), first run and best of five; then reading alone and writing the page alone.
 * Run: mvn -B -pl controller -am test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=HistoryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class HistoryBenchmark {
    private static final int CAMPAIGNS = 500;

    @TempDir
    Path results;

    private long cliMillis() {
        StringWriter out = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("history", results.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).startsWith(CAMPAIGNS + " campaign(s), 4 series, 4 with a reference band");
        return ms;
    }

    @Test
    void historyOfFiveHundredCampaigns() throws Exception {
        SyntheticCampaigns.write(results, 5, CAMPAIGNS - 5);
        long first = cliMillis();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            best = Math.min(best, cliMillis());
        }
        long t0 = System.nanoTime();
        History h = CampaignHistory.read(results);
        long read = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        HistoryPage.write(results.resolve("history"), h, new HistoryPage.Settings(results, 5, 3));
        long page = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("BENCHMARK history: %d campaigns, %d points, history.html %d KiB; `vgpubench history` first run %d ms, "
                        + "best of 5 %d ms; reading %d ms, writing the page %d ms; %d processors%n", h.campaigns(), h.points().size(),
                Files.size(results.resolve("history/history.html")) / 1024, first, best, read, page,
                Runtime.getRuntime().availableProcessors());
        assertThat(h.campaigns()).isEqualTo(CAMPAIGNS);
    }
}
