package io.vgpubench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The campaign argument shared by resume, status and teardown: a campaign folder, or the id `run` printed. */
final class CampaignDirParameter {
    @Parameters(index = "0", paramLabel = "CAMPAIGN", description = "The campaign folder, or its id (a folder under --results).")
    Path campaign;

    @Option(names = "--results", paramLabel = "RESULTS", defaultValue = "results",
            description = "The results folder a campaign id is looked up in (default: ${DEFAULT-VALUE}).")
    Path results;

    Path path() {
        return resolve(campaign, results);
    }

    /**
     * The folder itself where it exists; else, for a bare name (a campaign id), that name under the results
     * folder where that exists; else the path as given, so the command says what is missing.
     */
    static Path resolve(Path given, Path results) {
        Path absolute = given.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute) || given.getNameCount() != 1) {
            return absolute;
        }
        Path underResults = results.resolve(given).toAbsolutePath().normalize();
        return Files.isDirectory(underResults) ? underResults : absolute;
    }
}
