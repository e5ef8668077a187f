package io.vgpubench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.VgpubenchException;
import io.vgpubench.contract.event.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way samples.jsonl is read, whichever command reads it. */
class SamplesFileTest {
    private static final String SAMPLE = "{\"flavor\":\"a\",\"workload\":\"w\",\"metric\":\"m\",\"value\":1.5}";
    @TempDir
    Path dir;

    @Test
    void samplesAreReadWarningEventsKeptOtherEventsSkippedAndAPartialLastLineWarnedOf() throws Exception {
        Path file = Files.writeString(dir.resolve("samples.jsonl"), SAMPLE + "\n"
                + "{\"type\":\"warning\",\"message\":\"no GPU: CPU backend\"}\n"
                + "{\"type\":\"agent_done\"}\n\n"
                + "{\"type\":\"sample\",\"flavor\":\"a\",\"workload\":\"w\",\"metric\":\"m\",\"value\":2}\n"
                + "{\"flavor\":\"a\",\"wor");

        SamplesFile.Content content = SamplesFile.read(file);

        assertThat(content.samples()).extracting(Sample::value).containsExactly(1.5, 2.0);
        assertThat(content.warnings()).containsExactly("no GPU: CPU backend",
                file + " line 6: partial last line ignored (a write was cut short)");
    }

    @Test
    void anUnreadableLineBeforeTheLastIsBadInputNamingFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("samples.jsonl"), "not json\n" + SAMPLE + "\n");

        assertThatThrownBy(() -> SamplesFile.read(file)).isInstanceOf(VgpubenchException.class)
                .hasMessageStartingWith(file + " line 1: not JSON");
    }

    @Test
    void aSampleWithoutAValueIsBadInputNamingTheField() throws Exception {
        Path file = Files.writeString(dir.resolve("samples.jsonl"), SAMPLE.replace(",\"value\":1.5", "") + "\n");

        assertThatThrownBy(() -> SamplesFile.read(file)).hasMessage(file + " line 1, field value: missing");
    }

    @Test
    void anAbsentFileHoldsNoSamples() {
        assertThat(SamplesFile.read(dir.resolve("samples.jsonl")).samples()).isEmpty();
    }

    @Test
    void anExactDuplicateLineIsCountedOnceAndTheDropSaid() throws Exception {
        Path file = Files.writeString(dir.resolve("samples.jsonl"), SAMPLE + "\n" + SAMPLE + "\n" + SAMPLE + "\n"
                + SAMPLE.replace("1.5", "2.5") + "\n");

        SamplesFile.Content content = SamplesFile.read(file);

        assertThat(content.samples()).extracting(Sample::value).containsExactly(1.5, 2.5);
        assertThat(content.duplicates()).isEqualTo(2);
        assertThat(content.warnings()).containsExactly(file + ": 2 exact duplicate sample line(s) dropped (each counted once)");
    }

    @Test
    void aTornLineThatAWriterAppendedToIsBadInputNotHalfRead() throws Exception {
        Path file = Files.writeString(dir.resolve("samples.jsonl"), SAMPLE + "\n{\"flavor\":\"a\",\"wor" + SAMPLE + "\n");

        assertThatThrownBy(() -> SamplesFile.read(file)).hasMessageStartingWith(file + " line 2: not JSON");
    }

    @Test
    void twoWholeSamplesRunTogetherOnOneLineAreBadInputNotTheFirstAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("samples.jsonl"), SAMPLE + SAMPLE + "\n" + SAMPLE + "\n");

        assertThatThrownBy(() -> SamplesFile.read(file)).hasMessageStartingWith(file + " line 1: not JSON");
    }
}
