package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignDirParameterTest {
    @TempDir
    Path results;

    @Test
    void aBareCampaignIdIsTheFolderOfThatNameUnderTheResultsFolder() throws Exception {
        Path c = Files.createDirectories(results.resolve("c-20261201-abc"));
        assertThat(CampaignDirParameter.resolve(Path.of("c-20261201-abc"), results)).isEqualTo(c);
    }

    @Test
    void anExistingFolderIsTakenAsGivenEvenWhereTheResultsFolderHasOneOfTheSameName() throws Exception {
        Path elsewhere = Files.createDirectories(results.resolve("elsewhere/c1"));
        Files.createDirectories(results.resolve("c1"));
        assertThat(CampaignDirParameter.resolve(elsewhere, results)).isEqualTo(elsewhere);
    }

    @Test
    void aNameFoundNowhereStaysAsGivenSoTheCommandSaysWhatIsMissing() {
        assertThat(CampaignDirParameter.resolve(Path.of("c-missing"), results))
                .isEqualTo(Path.of("c-missing").toAbsolutePath().normalize());
    }

    @Test
    void statusLooksACampaignIdUpUnderItsResultsOption() throws Exception {
        Path c = Files.createDirectories(results.resolve("c-20261201t0800-abcd"));
        CliRun run = CliRun.of("status", "c-20261201t0800-abcd", "--results", results.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(c + " is not a campaign folder");
    }
}
