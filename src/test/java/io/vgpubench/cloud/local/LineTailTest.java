package io.vgpubench.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineTailTest {
    @TempDir
    Path dir;

    @Test
    void returnsOnlyCompleteLinesAndKeepsAPartialLineForLater() throws Exception {
        Path f = dir.resolve("events.jsonl");
        LineTail tail = new LineTail(f);
        assertThat(tail.readNewLines()).isEmpty();
        Files.writeString(f, "one\ntw");
        assertThat(tail.readNewLines()).containsExactly("one");
        Files.writeString(f, "o\nthree\n", StandardOpenOption.APPEND);
        assertThat(tail.readNewLines()).containsExactly("two", "three");
        assertThat(tail.readNewLines()).isEmpty();
    }

    @Test
    void aReaderStartedAtAnotherReadersOffsetReturnsOnlyWhatThatOneHadNotYetReturned() throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, "one\ntwo\nthr");
        LineTail first = new LineTail(f);
        assertThat(first.readNewLines()).containsExactly("one", "two");
        Files.writeString(f, "ee\n", StandardOpenOption.APPEND);
        assertThat(new LineTail(f, first.offset()).readNewLines()).containsExactly("three");
    }
}
