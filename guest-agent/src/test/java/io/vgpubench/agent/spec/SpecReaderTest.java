package io.vgpubench.agent.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.contract.spec.RunSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReaderTest {
    @TempDir Path dir;

    static final String RUN = "{\"run_id\": \"r1\", \"workload\": \"gemm\", \"parameters\": {\"m\": \"64\"},"
            + " \"repetitions\": 3, \"warmup\": 1, \"time_limit_seconds\": 60}";

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("spec.json"), json);
    }

    private static String spec(String extra, String runs) {
        return "{\"campaign\": \"c\", \"instance\": \"i\", \"flavor\": \"f\", \"task\": 0, \"tasks\": 1,"
                + " \"backend\": \"auto\", \"memory_fraction\": 0.5" + extra + ",\n \"runs\": [" + runs + "]}";
    }

    @Test
    void readsASpecWithSnakeCaseFieldsAndAStartInstant() throws Exception {
        RunSpec spec = SpecReader.read(write(spec(", \"start_at\": \"2030-01-02T03:04:05Z\"", RUN)));

        assertThat(spec.startAt()).isEqualTo(Instant.parse("2030-01-02T03:04:05Z"));
        assertThat(spec.memoryFraction()).isEqualTo(0.5);
        assertThat(spec.runs()).singleElement().satisfies(r -> {
            assertThat(r.runId()).isEqualTo("r1");
            assertThat(r.parameters()).containsEntry("m", "64");
            assertThat(r.timeLimitSeconds()).isEqualTo(60);
        });
    }

    @Test
    void rejectsAnUnknownKeyWithFileLineColumnAndField() throws Exception {
        Path file = write(spec("", RUN.replace("\"warmup\"", "\"warmpu\"")));

        assertThatThrownBy(() -> SpecReader.read(file)).isInstanceOf(BadSpecException.class)
                .hasMessageStartingWith(file + " line 2, column ")
                .hasMessageContaining("field runs[0].warmpu");
    }

    @Test
    void rejectsAWrongTypeNamingTheNestedField() throws Exception {
        Path file = write(spec("", RUN.replace("\"repetitions\": 3", "\"repetitions\": \"three\"")));

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessageContaining(file + " line 2").hasMessageContaining("field runs[0].repetitions");
    }

    @Test
    void rejectsBrokenJsonWithItsLine() throws Exception {
        Path file = write(spec("", RUN).replace("\"runs\": [", "\"runs\": [,"));

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessageStartingWith(file + " line 2, column");
    }

    @Test
    void rejectsZeroRepetitionsNamingTheRun() throws Exception {
        Path file = write(spec("", RUN + "," + RUN.replace("r1", "r2").replace("\"repetitions\": 3", "\"repetitions\": 0")));

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessage(file + ", field runs[1].repetitions: must be at least 1, got 0");
    }

    @Test
    void rejectsARunIdUsedTwice() throws Exception {
        Path file = write(spec("", RUN + "," + RUN));

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessage(file + ", field runs[1].run_id: 'r1' is used twice");
    }

    @Test
    void rejectsAnUnknownWorkloadListingTheKnownOnes() throws Exception {
        Path file = write(spec("", RUN.replace("gemm", "gemmm")));

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessageContaining("field runs[0].workload: unknown workload 'gemmm'")
                .hasMessageContaining("gemm, launch, memcopy, memprobe, transfer, vgg16");
    }

    @Test
    void rejectsAMissingTimeLimitSoNoRunCanHangForever() throws Exception {
        Path file = write(spec("", RUN.replace(", \"time_limit_seconds\": 60", "")));

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessageContaining("field runs[0].time_limit_seconds: must be at least 1");
    }

    @Test
    void rejectsAMissingMemoryFractionAndABadBackend() throws Exception {
        Path noFraction = write(spec("", RUN).replace(", \"memory_fraction\": 0.5", ""));
        assertThatThrownBy(() -> SpecReader.read(noFraction)).hasMessageContaining("field memory_fraction: must be in (0, 1]");

        Path badBackend = write(spec("", RUN).replace("\"auto\"", "\"opencl\""));
        assertThatThrownBy(() -> SpecReader.read(badBackend)).hasMessageContaining("field backend: must be auto, cpu or cuda, got 'opencl'");
    }

    @Test
    void rejectsATaskOutsideItsTasks() throws Exception {
        Path file = write(spec("", RUN).replace("\"task\": 0", "\"task\": 1"));

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessageContaining("field task: must be in [0, tasks), got 1 with tasks 1");
    }

    @Test
    void namesAMissingFile() {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> SpecReader.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void takesARunWithoutDevicesAsCardZeroAndReadsEachAllAndACardIndex() throws Exception {
        String runs = RUN + "," + RUN.replace("r1", "r2").replace("60}", "60, \"devices\": \"all\"}")
                + "," + RUN.replace("r1", "r3").replace("60}", "60, \"devices\": \"each\"}")
                + "," + RUN.replace("r1", "r4").replace("60}", "60, \"devices\": \"2\"}");

        RunSpec spec = SpecReader.read(write(spec("", runs)));

        assertThat(spec.runs()).extracting(DeviceChoice::of).containsExactly(
                new DeviceChoice.One(0), new DeviceChoice.All(), new DeviceChoice.Each(), new DeviceChoice.One(2));
    }

    @Test
    void rejectsDevicesThatAreNeitherACardNorEachNorAllNamingTheField() throws Exception {
        Path file = write(spec("", RUN.replace("60}", "60, \"devices\": \"both\"}")));

        assertThatThrownBy(() -> SpecReader.read(file)).isInstanceOf(BadSpecException.class)
                .hasMessage(file + ", field runs[0].devices: must be a card index (0, 1, …), each or all, got 'both'");
    }
}
