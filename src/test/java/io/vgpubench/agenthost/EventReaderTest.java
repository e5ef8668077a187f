package io.vgpubench.agenthost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventReaderTest {
    /** One growing file, in memory. */
    private static final class GrowingFile implements HostAccess {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int reads;

        void append(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public byte[] read(String path, long offset, int max) {
            reads++;
            byte[] all = bytes.toByteArray();
            return Arrays.copyOfRange(all, (int) Math.min(offset, all.length), (int) Math.min(all.length, offset + max));
        }

        @Override
        public String run(String what, String script) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(String path, byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String describe() {
            return "memory";
        }
    }

    private final GrowingFile file = new GrowingFile();

    @Test
    void returnsOnlyCompleteLinesAndKeepsAPartialLineForLater() {
        EventReader tail = new EventReader(file, "events.jsonl", 0);
        assertThat(tail.readNewLines()).isEmpty();
        file.append("one\ntw");
        assertThat(tail.readNewLines()).containsExactly("one");
        file.append("o\nthree\n");
        assertThat(tail.readNewLines()).containsExactly("two", "three");
        assertThat(tail.readNewLines()).isEmpty();
    }

    @Test
    void aReaderStartedAtAnotherReadersOffsetReturnsOnlyWhatThatOneHadNotYetReturned() {
        file.append("one\ntwo\nthr");
        EventReader first = new EventReader(file, "events.jsonl", 0);
        assertThat(first.readNewLines()).containsExactly("one", "two");
        file.append("ee\n");
        assertThat(new EventReader(file, "events.jsonl", first.offset()).readNewLines()).containsExactly("three");
    }

    @Test
    void aFileLongerThanOneChunkComesHomeInOneCallChunkByChunk() {
        String line = "x".repeat(1023) + "\n";
        int lines = 3 * EventReader.CHUNK / line.length() + 7;
        file.append(line.repeat(lines));

        assertThat(new EventReader(file, "events.jsonl", 0).readNewLines()).hasSize(lines);
        assertThat(file.reads).isEqualTo(4);
    }
}
