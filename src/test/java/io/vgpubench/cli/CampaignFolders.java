package io.vgpubench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds what a test's campaign wrote under its results folder. */
final class CampaignFolders {
    private CampaignFolders() {}

    /** The one campaign folder under {@code results}, or null while there is none yet. */
    static Path only(Path results) {
        if (!Files.isDirectory(results)) {
            return null;
        }
        try (Stream<Path> s = Files.list(results)) {
            return s.findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small local playbook: the baseline with 1 task against local.half with 2, on the CPU backend. */
    static String localPlaybook(String name, String workloads, int repetitions) {
        return localPlaybook(name, workloads, String.valueOf(repetitions));
    }

    /** As {@link #localPlaybook(String, String, int)}, with {@code repetitions} as written (a count or a rule). */
    static String localPlaybook(String name, String workloads, String repetitions) {
        return """
                name: %s
                cloud: {type: local}
                baseline: local
                flavors:
                  - {flavor: local, instances: 1, tasks: [1]}
                  - {flavor: local.half, instances: 1, tasks: [2]}
                workloads:
                %s
                repetitions: %s
                repetition_time: 50ms
                prepare_time: 500ms
                backend: cpu
                memory_fraction: 0.5
                time_limit: 2m
                """.formatted(name, workloads.indent(2).stripTrailing(), repetitions);
    }
}
