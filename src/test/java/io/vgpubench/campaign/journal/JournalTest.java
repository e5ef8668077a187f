package io.vgpubench.campaign.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vgpubench.cloud.InstanceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void entriesReadBackInOrderWithTheirTypes() {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.ProvisionRequested(Instant.EPOCH, List.of("a", "b")));
            j.append(new JournalEntry.InstanceChanged(Instant.EPOCH, "a", InstanceState.FAILED, "id-1", "NoValidHost"));
        }
        assertThat(Journal.read(file)).containsExactly(
                new JournalEntry.ProvisionRequested(Instant.EPOCH, List.of("a", "b")),
                new JournalEntry.InstanceChanged(Instant.EPOCH, "a", InstanceState.FAILED, "id-1", "NoValidHost"));
    }

    @Test
    void aLineTornByAKillIsIgnoredAndEverythingBeforeItStands() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownRequested(Instant.EPOCH, "signal"));
        }
        Files.writeString(file, "{\"type\":\"teardown_done\",\"at\":\"19", StandardOpenOption.APPEND);
        assertThat(Journal.read(file)).containsExactly(new JournalEntry.TeardownRequested(Instant.EPOCH, "signal"));
    }

    @Test
    void anAbortedTeardownReadsBackWithTheInstancesItLeft() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownAborted(Instant.EPOCH, List.of("c-local-1", "c-half-1")));
        }
        assertThat(Journal.read(file))
                .containsExactly(new JournalEntry.TeardownAborted(Instant.EPOCH, List.of("c-local-1", "c-half-1")));
        assertThat(Files.readAllLines(file).get(0)).contains("\"type\":\"teardown_aborted\"");
    }

    @Test
    void failuresAndWarningsReadBackInOrderAndToldApart() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        List<JournalEntry> notes = List.of(new JournalEntry.Noted(Instant.EPOCH, false, "clock low"),
                new JournalEntry.Noted(Instant.EPOCH, true, "vm-1 r1: verification failed"));
        try (Journal j = Journal.open(file)) {
            notes.forEach(j::append);
        }
        assertThat(Journal.read(file)).containsExactlyElementsOf(notes);
        assertThat(Files.readAllLines(file).get(1)).contains("\"type\":\"noted\"", "\"failure\":true");
    }
}
