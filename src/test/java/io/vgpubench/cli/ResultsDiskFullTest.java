package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results disk fills up during a campaign: a real, tiny tmpfs mounted as the results folder (needs
 * root, as in CI; skipped with the reason elsewhere, and failing under CI=true). The run must end with
 * a clear error, not a hang or a stack trace, and its journal must still read.
 */
class ResultsDiskFullTest {
    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aFullResultsDiskEndsTheRunWithAClearErrorAndAReadableJournal() throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        int mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", results.toString())
                .redirectErrorStream(true).start().waitFor();
        if (!"true".equals(System.getenv("CI"))) {
            assumeThat(mounted).as("mounting a tmpfs needs root (CI runs as root)").isZero();
        }
        assertThat(mounted).as("mount a 2 MB tmpfs as the results folder").isZero();
        mount = results;
        Path playbook = Files.writeString(dir.resolve("full.yaml"), """
                name: full
                cloud: {type: local}
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1]}
                workloads:
                  - {name: memcopy, parameters: {bytes: 1048576}}
                repetitions: 2
                repetition_time: 50ms
                prepare_time: 500ms
                backend: cpu
                """);

        CliRun run = CliRun.of("run", playbook.toString(), "--results", results.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.INFRASTRUCTURE);
        assertThat(run.out() + run.err()).contains("No space left on device");
        Path campaign = CampaignFolders.only(results);
        List<JournalEntry> journal = Journal.read(campaign.resolve("journal.jsonl"));
        assertThat(journal).first().isInstanceOf(JournalEntry.CampaignStarted.class);
        assertThat(journal).anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.ProvisionRequested.class));
    }
}
