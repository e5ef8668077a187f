package io.vgpubench.agent.cpu;

import io.vgpubench.contract.event.DeviceFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Device facts of the CPU backend: the CPU model (from /proc/cpuinfo) and the Java heap as its
 * "memory"; GPU fields stay null (GPU telemetry is the CUDA backend's job).
 */
final class CpuFacts {
    private final String model;

    CpuFacts(Path cpuinfo) {
        this.model = modelName(cpuinfo);
    }

    DeviceFacts snapshot() {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long free = max - (rt.totalMemory() - rt.freeMemory());
        return new DeviceFacts(model, null, null, null, max, free, null, null, null, null, null, null, "none", null);
    }

    static String modelName(Path cpuinfo) {
        String cores = " (" + Runtime.getRuntime().availableProcessors() + " cores available)";
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name") && l.contains(":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch")) + cores;
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch") + cores;
        }
    }
}
