package io.vgpubench.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vgpubench.contract.spec.CommandSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's command in a container image, through the agent's runner and a real Podman (podman-up.sh): one
 * container an execution, the agent's folder mounted where it is, the agent's variables passed in by name, and a
 * container past its time limit removed, not left running.
 */
class PodmanCommandTest {
    @TempDir
    Path dir;
    private Properties podman;

    @BeforeEach
    void ready() throws Exception {
        podman = PodmanTier.env();
        Path f = Files.createDirectories(dir.resolve("files"));
        Files.writeString(f.resolve("value.txt"), "42.5\n");
    }

    private CommandSpec inImage(String script, int limit) {
        return new CommandSpec(List.of("/bin/sh", "-c", script), Map.of("CONTAINERS_CONF", podman.getProperty("PODMAN_CONF"),
                "MY_VAR", "mine"), "files", Map.of(), List.of(), List.of(), limit, null,
                new CommandSpec.Container(podman.getProperty("PODMAN_IMAGE"), "podman"));
    }

    private List<JsonNode> run(CommandSpec command, int reps) throws Exception {
        return CommandRunTest.runIn(dir, command, reps, 0, Map.of("batch", "64"));
    }

    private static List<JsonNode> samples(List<JsonNode> events) {
        return CommandRunTest.samples(events);
    }

    private static String failure(List<JsonNode> events) {
        return CommandRunTest.failure(events);
    }

    @Test
    void aCommandInAContainerReadsItsFilesAndTheAgentsVariablesAndReportsItsMetrics() throws Exception {
        List<JsonNode> events = run(inImage("""
                [ -x /bin/busybox ] && [ ! -e /usr/bin/java ] || { echo "not in the busybox image"; exit 3; }
                [ "$PWD" = "$VGPUBENCH_FILES" ] && [ "$MY_VAR" = mine ] && [ "$VGPUBENCH_PARAM_BATCH" = 64 ] || exit 4
                [ "$VGPUBENCH_TASK/$VGPUBENCH_TASKS" = 0/1 ] && [ -d "$VGPUBENCH_SCRATCH" ] || exit 5
                touch "$VGPUBENCH_SCRATCH/from-the-container" || exit 6
                echo "{\\"metric\\": \\"value\\", \\"value\\": $(cat value.txt), \\"unit\\": \\"x\\"}"
                """, 60), 2);

        assertThat(failure(events)).isEqualTo("(no run_failed)");
        assertThat(samples(events)).extracting(s -> s.get("value").asDouble()).containsExactly(42.5, 42.5);
        assertThat(leftContainers()).isEmpty();
    }

    @Test
    void aContainerPastItsTimeLimitFailsTheRunAndIsRemoved() throws Exception {
        List<JsonNode> events = run(inImage("echo started; sleep 600", 3), 1);

        assertThat(failure(events)).contains("still running after its time limit of 3 s").contains("started");
        assertThat(leftContainers()).as("no container of ours is left, running or stopped").isEmpty();
    }

    @Test
    void aCommandThatFailsInItsContainerGivesItsExitCodeAndOutput() throws Exception {
        List<JsonNode> events = run(inImage("echo 'no model here' >&2; exit 17", 60), 1);

        assertThat(failure(events)).contains("exited with code 17").contains("no model here");
    }

    /** The containers of ours Podman still has, running or not. */
    private String leftContainers() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("podman", "ps", "-a", "--filter", "name=vgpubench-", "--format",
                "{{.Names}}").redirectErrorStream(true);
        pb.environment().put("CONTAINERS_CONF", podman.getProperty("PODMAN_CONF"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
