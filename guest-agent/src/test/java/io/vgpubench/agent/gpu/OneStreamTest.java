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
 * the same on a GPU): copies and fills go through {@link DeviceData}, which calls only the stream-ordered
 * (Async) driver functions, and every kernel launch, graph launch, capture and event names a stream.
 */
class OneStreamTest {
    private static final Path SOURCES = Path.of("src/main/java/io/vgpubench/agent/gpu");
    private static final Pattern MEMORY_CALL = Pattern.compile("\\bcu(Memcpy|Memset)\\w*(?=\\s*\\()");
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
    void deviceDataCallsOnlyStreamOrderedCopiesAndFills() throws IOException {
        Matcher m = MEMORY_CALL.matcher(Files.readString(SOURCES.resolve("DeviceData.java")));
        List<String> calls = new ArrayList<>();
        while (m.find()) {
            calls.add(m.group());
        }
        assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call).endsWith("Async"));
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
