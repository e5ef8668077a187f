package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.contract.event.Sample;
import io.vgpubench.results.SamplesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resume where one member of a group had finished a batch the other had not (the controller killed between the
 * two members' ends): the member that has the batch to do runs it alone, and the other waits for it, so their next
 * batch again runs in common slots (real CLI, real agent bundle, CPU backend).
 */
class ResumeKeepsCoRunnersTogetherTest {
    @TempDir
    Path dir;

    @Test
    void aMemberThatFinishedABatchBeforeTheRestartWaitsForTheOthersSoTheNextBatchIsSharedAgain() throws Exception {
        Path playbook = Files.writeString(dir.resolve("p.yaml"), """
                name: together
                cloud: {type: local}
                baseline: local
                flavors:
                  - {flavor: local, instances: 2, tasks: [1, 2]}
                workloads:
                  - {name: gemm, parameters: {precision: fp64, m: 128, n: 128, k: 128}}
                repetitions: 2
                repetition_time: 50ms
                prepare_time: 500ms
                backend: cpu
                memory_fraction: 0.2
                time_limit: 2m
                teardown: never
                """);
        CliRun first = CliRun.of("run", playbook.toString(), "--results", dir.resolve("results").toString());
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        Path campaign = CampaignFolders.only(dir.resolve("results"));
        String a = campaign.getFileName() + "-local-1";
        String b = campaign.getFileName() + "-local-2";
        // as if killed after a's t1 and before anything else of b's was recorded: a has t2 to do, b both batches
        forget(campaign, e -> (instanceOf(e).equals(b)) || (instanceOf(e).equals(a) && batchOf(e).startsWith("t2")),
                s -> s.path("instance").asText().equals(b) || (s.path("instance").asText().equals(a)
                        && s.path("tasks").asInt() == 2),
                run -> run.startsWith(b + ".") || run.startsWith(a + ".t2."));

        CliRun resumed = CliRun.of("resume", campaign.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        List<Sample> samples = SamplesFile.read(campaign.resolve("samples.jsonl")).samples();
        assertThat(samples).hasSize(2 * (1 + 2) * 2).extracting(Sample::key).doesNotHaveDuplicates();
        assertThat(slots(samples, a, 2)).as("a's t2 ran in the slots of b's t2, not beside b's t1")
                .isEqualTo(slots(samples, b, 2)).hasSize(2);
        assertThat(Files.readString(campaign.resolve("overlap.csv"))).doesNotContain("co-runner-missing");
        CliRun.of("teardown", campaign.toString());
    }

    private static Set<Instant> slots(List<Sample> samples, String instance, int tasks) {
        return samples.stream().filter(s -> s.instance().equals(instance) && s.tasks() == tasks)
                .map(Sample::slotStart).collect(Collectors.toSet());
    }

    private static String instanceOf(JournalEntry e) {
        if (e instanceof JournalEntry.BatchStarted s) {
            return s.instance();
        }
        if (e instanceof JournalEntry.BatchFinished f) {
            return f.instance();
        }
        return e instanceof JournalEntry.SamplesCollected c ? c.instance() : "";
    }

    private static String batchOf(JournalEntry e) {
        if (e instanceof JournalEntry.BatchStarted s) {
            return s.batch();
        }
        if (e instanceof JournalEntry.BatchFinished f) {
            return f.batch();
        }
        return e instanceof JournalEntry.SamplesCollected c ? c.runKey().replaceFirst("^.*-local-\\d+\\.", "") : "";
    }

    /** Rewrites the journal and samples without what a kill would not have let them record. */
    private static void forget(Path campaign, java.util.function.Predicate<JournalEntry> entry,
                               java.util.function.Predicate<JsonNode> sample,
                               java.util.function.Predicate<String> runFolder) throws Exception {
        try (var all = Files.walk(campaign.resolve("instances"))) {
            for (Path run : all.filter(Files::isDirectory).filter(d -> d.getParent().getFileName().toString()
                    .equals("runs") && runFolder.test(d.getFileName().toString())).toList()) {
                try (var inside = Files.walk(run)) {
                    inside.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        Path journal = campaign.resolve("journal.jsonl");
        List<JournalEntry> kept = Journal.read(journal).stream().filter(e -> !entry.test(e)
                && !(e instanceof JournalEntry.CampaignFinished)).toList();
        Files.delete(journal);
        try (Journal j = Journal.open(journal)) {
            kept.forEach(j::append);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(campaign.resolve("samples.jsonl"))) {
            if (!l.isBlank() && !sample.test(json.readTree(l))) {
                lines.add(l);
            }
        }
        Files.write(campaign.resolve("samples.jsonl"), lines);
    }
}
