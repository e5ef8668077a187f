package io.vgpubench.cli;

import static org.awaitility.Awaitility.await;

import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** `vgpubench run` in a JVM of its own, as a user starts it, for the tests that kill it and resume its campaign. */
final class ControllerProcess {
    private ControllerProcess() {}

    /** Starts `run PLAYBOOK --results RESULTS`, its output in {@code log}, with these extra JVM options. */
    static Process run(Path playbook, Path results, Path log, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dvgpubench.home=" + System.getProperty("vgpubench.home")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(Main.class.getName(), "run", playbook.toString(), "--results", results.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The campaign folder under {@code results}, once its journal satisfies {@code reached}. */
    static Path awaitJournal(Path results, Predicate<List<JournalEntry>> reached) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> CampaignFolders.only(results),
                d -> d != null && Files.exists(d.resolve("journal.jsonl")) && reached.test(Journal.read(d.resolve("journal.jsonl"))));
    }
}
