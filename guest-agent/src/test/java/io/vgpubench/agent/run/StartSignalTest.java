package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartSignalTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private static RunSpec spec(boolean signal) {
        return new RunSpec("c", "vm-1", "f", 0, 1, "auto", 1.0, null, signal,
                List.of(new RunRequest("r1", "gemm", Map.of("size", "9"), 1, 0, 10)));
    }

    private CompletableFuture<Boolean> runInBackground(StartSignal signal) {
        Runner runner = new Runner(new ScriptedBackend(), new EventLog(out), new PrintWriter(new StringWriter(), true));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(spec(true), signal);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!out.toString().contains("\"ready\"") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void writeAtomically(Path file, String text) throws Exception {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void saysReadyThenRunsNothingUntilTheStartFileNamesTheCommonStartAndBeginsAtThatInstant() throws Exception {
        Path file = dir.resolve("r.start");
        CompletableFuture<Boolean> run = runInBackground(new StartSignal.FromFile(file, Duration.ofSeconds(30)));
        awaitReady();
        // that it waits for the file shows below: its first run starts at or after the instant written there
        assertThat(Events.types(Events.parse(out.toString()))).isEqualTo("ready");

        Instant start = Instant.now().plusMillis(400);
        writeAtomically(file, start.toString() + "\n");
        assertThat(run.get()).isTrue();

        List<JsonNode> events = Events.parse(out.toString());
        assertThat(Events.types(events)).startsWith("ready,run_started,sample").doesNotContain("warning");
        assertThat(Instant.parse(events.get(1).get("at").asText())).isAfterOrEqualTo(start);
    }

    @Test
    void aSignalThatArrivesAfterItsInstantStartsAtOnceAndWarnsHowLateItWas() throws Exception {
        Path file = dir.resolve("r.start");
        CompletableFuture<Boolean> run = runInBackground(new StartSignal.FromFile(file, Duration.ofSeconds(30)));
        awaitReady();
        writeAtomically(file, Instant.now().minusSeconds(2).toString());

        assertThat(run.get()).isTrue();
        List<JsonNode> events = Events.parse(out.toString());
        assertThat(Events.types(events)).startsWith("ready,warning,run_started");
        assertThat(events.get(1).get("message").asText()).containsPattern("started (19|20|21)\\d\\d ms after the group's common start");
    }

    @Test
    void noSignalWithinThePatienceRunsNothingAndSaysWhy() {
        Path file = dir.resolve("never.start");
        Runner runner = new Runner(new ScriptedBackend(), new EventLog(out), new PrintWriter(new StringWriter(), true));

        assertThatThrownBy(() -> runner.run(spec(true), new StartSignal.FromFile(file, Duration.ofMillis(200))))
                .isInstanceOf(StartSignal.NoSignalException.class)
                .hasMessageContaining("no start signal in " + file).hasMessageContaining("nothing was run");
        assertThat(Events.types(Events.parse(out.toString()))).isEqualTo("ready");
    }

    @Test
    void aStartFileHoldingSomethingElseThanAnInstantIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("bad.start");
        Files.writeString(file, "tomorrow");
        Runner runner = new Runner(new ScriptedBackend(), new EventLog(out), new PrintWriter(new StringWriter(), true));

        assertThatThrownBy(() -> runner.run(spec(true), new StartSignal.FromFile(file, Duration.ofSeconds(5))))
                .isInstanceOf(StartSignal.NoSignalException.class).hasMessageContaining(file + " does not hold an instant");
    }

    @Test
    void aSpecThatAsksForASignalNeedsAStartFile() {
        assertThatThrownBy(() -> StartSignal.of(spec(true), null, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--start-file");
        assertThat(StartSignal.of(spec(false), null, Duration.ofSeconds(1))).isInstanceOf(StartSignal.Now.class);
        assertThat(StartSignal.of(spec(true), dir.resolve("s"), Duration.ofSeconds(1))).isInstanceOf(StartSignal.FromFile.class);
    }
}
