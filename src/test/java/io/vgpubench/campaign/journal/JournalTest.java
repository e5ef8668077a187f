package io.vgpubench.campaign.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(Files.readAllLines(file).get(1)).contains("\"type\":\"teardown_aborted\"");
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
        assertThat(Files.readAllLines(file).get(2)).contains("\"type\":\"noted\"", "\"failure\":true");
    }

    @Test
    void aNewJournalStartsWithItsFormatVersion() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownRequested(Instant.EPOCH, "signal"));
        }
        assertThat(Files.readAllLines(file).get(0)).contains("\"type\":\"journal_format\"", "\"version\":" + Journal.FORMAT);
    }

    @Test
    void aJournalOfANewerFormatIsRefusedNamingFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("journal.jsonl"), "{\"type\":\"journal_format\",\"version\":"
                + (Journal.FORMAT + 1) + "}\n");
        assertThatThrownBy(() -> Journal.read(file)).hasMessageContaining(file + " line 1")
                .hasMessageContaining("newer vgpubench");
        assertThatThrownBy(() -> Journal.open(file)).hasMessageContaining("newer vgpubench");
    }

    @Test
    void aJournalWithoutAFormatLineReadsAsTheFirstFormat() throws Exception {
        Path file = Files.writeString(dir.resolve("journal.jsonl"),
                "{\"type\":\"teardown_requested\",\"at\":\"1970-01-01T00:00:00Z\",\"reason\":\"old\"}\n");
        assertThat(Journal.read(file)).containsExactly(new JournalEntry.TeardownRequested(Instant.EPOCH, "old"));
    }

    @Test
    void aCorruptLineInTheMiddleIsReportedNotSkipped() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownRequested(Instant.EPOCH, "one"));
        }
        Files.writeString(file, "{\"type\":\"teardown_done\",\"at\":\"19\n", StandardOpenOption.APPEND);
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownRequested(Instant.EPOCH, "two"));
        }
        assertThatThrownBy(() -> Journal.read(file)).hasMessageContaining(file + " line 3").hasMessageContaining("not JSON");
    }

    @Test
    void anEntryOfATypeThisVersionDoesNotKnowIsReportedNamingItsLine() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownRequested(Instant.EPOCH, "one"));
        }
        Files.writeString(file, "{\"type\":\"from_the_future\",\"at\":\"1970-01-01T00:00:00Z\"}\n",
                StandardOpenOption.APPEND);
        assertThatThrownBy(() -> Journal.read(file)).hasMessageContaining(file + " line 3")
                .hasMessageContaining("from_the_future");
    }

    @Test
    void aTornLastLineIsCutOffBeforeAppendingSoTheNextEntryReads() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownRequested(Instant.EPOCH, "one"));
        }
        Files.writeString(file, "{\"type\":\"teardown_done\",\"at\":\"19", StandardOpenOption.APPEND);
        try (Journal j = Journal.open(file)) {
            j.append(new JournalEntry.TeardownRequested(Instant.EPOCH, "two"));
        }
        assertThat(Journal.read(file)).containsExactly(new JournalEntry.TeardownRequested(Instant.EPOCH, "one"),
                new JournalEntry.TeardownRequested(Instant.EPOCH, "two"));
    }
}
