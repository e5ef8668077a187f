package io.vgpubench.results;

import io.vgpubench.contract.event.Sample;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(SampleStore.read(file)).extracting(Sample::value).containsExactly(1.0, 2.0, 3.0);
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
        assertThat(SampleStore.read(file)).extracting(Sample::deviceIndex).containsExactly(0, 1);
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
        assertThat(SampleStore.read(file)).extracting(Sample::tasks).containsExactly(1, 2);
    }

    private static Sample onCard(int card) {
        Sample s = sample("r", 0, 1.0);
        return Sample.unscheduled(s.campaign(), s.instance(), s.flavor(), s.runId(), s.workload(), s.parameters(),
                s.repetition(), s.task(), s.tasks(), card, s.metric(), s.value(), s.unit(), s.higherIsBetter(), s.startedAt(),
                s.endedAt(), s.backend(), s.device());
    }
}
