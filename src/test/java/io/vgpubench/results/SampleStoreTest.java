package io.vgpubench.results;

import io.vgpubench.contract.event.Sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleStoreTest {
    @TempDir
    Path dir;

    static Sample sample(String run, int rep, double value) {
        return Sample.unscheduled("c", "i", "local", run, "gemm", Map.of("precision", "fp64"), rep, 0, 1, null, "tflops", value,
                "TFLOP/s", true, Instant.EPOCH, Instant.EPOCH, "cpu", new io.vgpubench.contract.event.DeviceFacts("cpu", null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void aSampleCollectedTwiceIsStoredOnceEvenAcrossReopening() {
        Path file = dir.resolve("samples.jsonl");
        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.addAll(List.of(sample("r", 0, 1.0), sample("r", 1, 2.0)))).isEqualTo(2);
            assertThat(store.addAll(List.of(sample("r", 1, 2.0)))).isZero();
        }
        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.addAll(List.of(sample("r", 0, 1.0), sample("r", 2, 3.0)))).isEqualTo(1);
        }
        assertThat(SamplesFile.read(file).samples()).extracting(Sample::value).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void theSameRepetitionOnTwoCardsIsTwoSamplesAndKeepsItsCardAcrossReopening() {
        Path file = dir.resolve("samples.jsonl");
        Sample card0 = onCard(0);
        Sample card1 = onCard(1);
        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.addAll(List.of(card0, card1, onCard(1)))).isEqualTo(2);
        }
        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.addAll(List.of(onCard(0)))).isZero();
        }
        assertThat(SamplesFile.read(file).samples()).extracting(Sample::deviceIndex).containsExactly(0, 1);
        assertThat(sample("r", 0, 1.0).key()).isEqualTo("i/r/0/0of1/tflops");
    }

    @Test
    void task0OfTheOneTaskBatchAndTask0OfTheTwoTaskBatchAreTwoSamplesThoughTheirRunIdsMatch() {
        Path file = dir.resolve("samples.jsonl");
        Sample alone = sample("w0-gemm-r0", 1, 1.0);
        Sample shared = Sample.unscheduled("c", "i", "local", "w0-gemm-r0", "gemm", Map.of("precision", "fp64"), 1, 0, 2,
                null, "tflops", 0.5, "TFLOP/s", true, Instant.EPOCH, Instant.EPOCH, "cpu", new io.vgpubench.contract.event.DeviceFacts("cpu", null, null, null, null, null, null, null, null, null, null, null, null, null));
        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.addAll(List.of(alone, shared))).isEqualTo(2);
        }
        assertThat(SamplesFile.read(file).samples()).extracting(Sample::tasks).containsExactly(1, 2);
    }

    @Test
    void aLastLineCutShortIsCutOffOnOpeningSoWhatIsAppendedStartsALineOfItsOwn() throws Exception {
        Path file = dir.resolve("samples.jsonl");
        try (SampleStore store = SampleStore.open(file)) {
            store.addAll(List.of(sample("r", 0, 1.0)));
        }
        java.nio.file.Files.writeString(file, "{\"campaign\":\"c\",\"flav", java.nio.file.StandardOpenOption.APPEND);

        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.addAll(List.of(sample("r", 1, 2.0)))).isEqualTo(1);
        }

        SamplesFile.Content content = SamplesFile.read(file);
        assertThat(content.samples()).extracting(Sample::value).containsExactly(1.0, 2.0);
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void aWholeLastSampleWithoutItsNewlineIsKeptAndEndedOnOpening() throws Exception {
        Path file = dir.resolve("samples.jsonl");
        java.nio.file.Files.writeString(file, Json.mapper().writeValueAsString(sample("r", 0, 1.0)));

        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.count()).isEqualTo(1);
            store.addAll(List.of(sample("r", 1, 2.0)));
        }

        assertThat(SamplesFile.read(file).samples()).extracting(Sample::value).containsExactly(1.0, 2.0);
    }

    @Test
    void theCoTenancyFieldsOfASampleAreReadFromTheAgentsSnakeCaseAndWrittenBackUnchanged() throws Exception {
        Path file = dir.resolve("samples.jsonl");
        java.nio.file.Files.writeString(file, "{\"type\":\"sample\",\"campaign\":\"c\",\"instance\":\"i\","
                + "\"flavor\":\"local.half\",\"run_id\":\"w0-gemm\",\"workload\":\"gemm\",\"repetition\":0,"
                + "\"task\":1,\"tasks\":2,\"device_index\":0,\"metric\":\"tflops\",\"value\":1.5,"
                + "\"unit\":\"TFLOP/s\",\"higher_is_better\":true,\"group\":\"c-local.half/t2\",\"group_size\":2,"
                + "\"slot_start\":\"2026-12-01T10:00:00Z\",\"slot_end\":\"2026-12-01T10:00:06Z\","
                + "\"load_started_at\":\"2026-12-01T10:00:00.100Z\",\"load_ended_at\":\"2026-12-01T10:00:06Z\","
                + "\"started_at\":\"2026-12-01T10:00:01Z\",\"ended_at\":\"2026-12-01T10:00:05Z\","
                + "\"rounds\":1200}\n");
        Sample s = SamplesFile.read(file).samples().get(0);

        assertThat(s.group()).isEqualTo("c-local.half/t2");
        assertThat(s.groupSize()).isEqualTo(2);
        assertThat(s.slotStart()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(s.slotEnd()).isEqualTo(Instant.parse("2026-12-01T10:00:06Z"));
        assertThat(s.loadStartedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00.100Z"));
        assertThat(s.loadEndedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:06Z"));
        assertThat(s.rounds()).isEqualTo(1200);
        String written = Json.mapper().writeValueAsString(s);
        assertThat(written).contains("\"group_size\":2").contains("\"load_started_at\":\"2026-12-01T10:00:00.100Z\"")
                .contains("\"slot_end\":\"2026-12-01T10:00:06Z\"").contains("\"rounds\":1200");
        assertThat(Json.mapper().writeValueAsString(sample("r", 0, 1.0))).as("an older agent's sample gains no fields")
                .doesNotContain("group").doesNotContain("slot_").doesNotContain("load_");
    }

    private static Sample onCard(int card) {
        Sample s = sample("r", 0, 1.0);
        return Sample.unscheduled(s.campaign(), s.instance(), s.flavor(), s.runId(), s.workload(), s.parameters(),
                s.repetition(), s.task(), s.tasks(), card, s.metric(), s.value(), s.unit(), s.higherIsBetter(), s.startedAt(),
                s.endedAt(), s.backend(), s.device());
    }

    @Test
    void samplesWhoseWriteFailedAreNotStoredAndAreWrittenByTheNextTry() {
        Path file = dir.resolve("samples.jsonl");
        SampleStore broken = SampleStore.open(file);
        broken.close(); // its channel is gone: every write fails, as on a failing disk

        assertThatThrownBy(() -> broken.addAll(List.of(sample("r", 0, 1.0)))).isInstanceOf(ResultsWriteFailed.class)
                .hasMessageContaining("cannot write samples to " + file);
        assertThat(broken.count()).isZero();

        try (SampleStore store = SampleStore.open(file)) {
            assertThat(store.addAll(List.of(sample("r", 0, 1.0)))).isEqualTo(1);
        }
        assertThat(SamplesFile.read(file).samples()).hasSize(1);
    }

    @Test
    void aSymbolicLinkInPlaceOfTheSamplesFileIsRefusedAndItsTargetUntouched() throws Exception {
        Path target = java.nio.file.Files.writeString(dir.resolve("elsewhere.txt"), "keep me\n");
        Path file = java.nio.file.Files.createSymbolicLink(dir.resolve("samples.jsonl"), target);

        assertThatThrownBy(() -> SampleStore.open(file).close()).isInstanceOf(io.vgpubench.VgpubenchException.class);
        assertThat(java.nio.file.Files.readString(target)).isEqualTo("keep me\n");
    }
}
