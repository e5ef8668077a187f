package io.vgpubench.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built bundle (launcher + jlink'd runtime + agent jar) as a real process, as the controller
 * does on a guest. Needs {@code mvn package} to have run once; skips with the reason otherwise.
 */
class BundleProcessIT {
    private static final Path LAUNCHER = Path.of("target/bundle/vgpubench-agent/bin/vgpu-agent");
    @TempDir Path dir;

    private static Process start(String... args) throws Exception {
        assertThat(LAUNCHER).as("the bundle, built in the package phase before this test (failsafe)").isExecutable();
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("agent finished").isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theBundledRuntimeRunsASpecEndToEndWithEveryCpuWorkload() throws Exception {
        String runs = String.join(",",
                AgentMainTest.gemm("g", "fp32"),
                "{\"run_id\":\"m\",\"workload\":\"memcopy\",\"parameters\":{\"bytes\":\"1048576\"},\"repetitions\":1,\"warmup\":0,\"time_limit_seconds\":30}",
                "{\"run_id\":\"v\",\"workload\":\"vgg16\",\"parameters\":{\"scale\":\"64\"},\"repetitions\":1,\"warmup\":0,\"time_limit_seconds\":30}",
                "{\"run_id\":\"p\",\"workload\":\"memprobe\",\"parameters\":{\"chunk_mb\":\"1\"},\"repetitions\":1,\"warmup\":0,\"time_limit_seconds\":30}");
        Path spec = Files.writeString(dir.resolve("spec.json"), AgentMainTest.spec(runs).replace("0.5", "0.05"));
        Path events = dir.resolve("events.jsonl");

        Process agent = start("run", "--spec", spec.toString(), "--out", events.toString());
        String output = finish(agent);

        assertThat(agent.exitValue()).as(output).isZero();
        String text = Files.readString(events);
        assertThat(text).contains("\"run_id\":\"g\"", "\"run_id\":\"m\"", "\"run_id\":\"v\"", "\"metric\":\"allocatable\"")
                .doesNotContain("run_failed");
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).contains("\"runs_ok\":4");
    }

    @Test
    void theBundleAnswersVersion() throws Exception {
        Process agent = start("--version");

        assertThat(finish(agent).trim()).startsWith("vgpubench-agent ");
        assertThat(agent.exitValue()).isZero();
    }
}
