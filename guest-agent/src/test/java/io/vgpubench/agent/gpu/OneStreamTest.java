package io.vgpubench.agent.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CUDA backend's sources issue device work on the device's one stream only (StreamOrderTest checks
 * the same on a GPU): copies and fills go through {@link DeviceData}, which calls the stream-ordered
 * (Async) driver functions, and the synchronous ones only fenced against the stream (the pageable
 * transfers); every kernel launch, graph launch, capture and event names a stream.
 */
class OneStreamTest {
    private static final Path SOURCES = Path.of("src/main/java/io/vgpubench/agent/gpu");
    private static final Pattern MEMORY_CALL = Pattern.compile("\\bcu(Memcpy|Memset)\\w*(?=\\s*\\()");
    private static final Pattern FENCED_CALL = Pattern.compile("fencedOnLegacyStream\\(device, \\(\\) -> (cu\\w+)\\(");
    private static final Pattern STREAM_CALL =
            Pattern.compile("\\b(cuLaunchKernel|cuGraphLaunch|cuStreamBeginCapture|cuEventRecord)\\s*\\(([^;]*)");

    @Test
    void onlyDeviceDataCopiesOrFillsDeviceMemory() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            if (!source.getFileName().toString().equals("DeviceData.java")) {
                Matcher m = MEMORY_CALL.matcher(Files.readString(source));
                while (m.find()) {
                    found.add(source.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).as("copies and fills outside DeviceData").isEmpty();
    }

    @Test
    void deviceDataCallsSynchronousCopiesOnlyFenced() throws IOException {
        String source = Files.readString(SOURCES.resolve("DeviceData.java"));
        List<String> synchronous = new ArrayList<>();
        Matcher m = MEMORY_CALL.matcher(source);
        while (m.find()) {
            if (!m.group().endsWith("Async")) {
                synchronous.add(m.group());
            }
        }
        List<String> fenced = new ArrayList<>();
        Matcher f = FENCED_CALL.matcher(source);
        while (f.find()) {
            fenced.add(f.group(1));
        }
        assertThat(synchronous).as("synchronous copies in DeviceData, each must be fenced")
                .containsExactlyInAnyOrderElementsOf(fenced).containsExactlyInAnyOrder("cuMemcpyHtoD", "cuMemcpyDtoH");
    }

    @Test
    void everyLaunchCaptureAndEventNamesTheStream() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            Matcher m = STREAM_CALL.matcher(Files.readString(source));
            while (m.find()) {
                if (!m.group(2).matches("(?s).*\\bstream\\b.*")) {
                    found.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(found).as("calls that do not name the device's stream").isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
