package io.vgpubench.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.agenthost.RunProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a local agent as a remote host does: SIGTERM, then SIGKILL for what is left after the grace. */
class LocalAgentRunTest {
    @TempDir
    Path dir;

    @Test
    void anAgentThatStopsOnSigtermEndsAtOnceAndItsWrapperRecordsTheExitCode() throws Exception {
        AgentRun run = start("sleep 1000");
        long began = System.nanoTime();
        run.kill();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(RunProtocol.GRACE);
        await().atMost(Duration.ofSeconds(10)).until(run::status, s -> !(s instanceof AgentRun.RunStatus.Running));
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Exited(143));
    }

    @Test
    void anAgentThatIgnoresSigtermIsKilledWithItsChildrenWhenTheGraceEnds() throws Exception {
        AgentRun run = start("trap '' TERM; sleep 1000");
        List<ProcessHandle> tree = tree();
        long began = System.nanoTime();
        run.kill();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(RunProtocol.GRACE);
        await().atMost(Duration.ofSeconds(10)).until(() -> tree.stream().noneMatch(Processes::running));
    }

    @Test
    void aRunFoundAgainWithNoTraceWasNeverStartedWhileOneJustLaunchedIsRunning() throws Exception {
        assertThat(new LocalAgentHost(dir).reattach("journaled-only").status())
                .isInstanceOf(AgentRun.RunStatus.NeverStarted.class);
        AgentRun run = start("sleep 1000");
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Running());
        assertThat(new LocalAgentHost(dir).reattach("r1").status()).isEqualTo(new AgentRun.RunStatus.Running());
        run.kill();
    }

    private AgentRun start(String body) throws Exception {
        Path agent = dir.resolve("agent/bin/vgpu-agent");
        Files.createDirectories(agent.getParent());
        Files.writeString(agent, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
        AgentRun run = new LocalAgentHost(dir).start("r1", Files.writeString(dir.resolve("spec.json"), "{}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> tree().stream()
                .anyMatch(p -> p.info().commandLine().map(c -> c.endsWith("sleep 1000")).orElse(false)));
        return run;
    }

    /** The wrapper (from its PID file) and every process under it. */
    private List<ProcessHandle> tree() throws Exception {
        Path pid = dir.resolve("runs/r1/run.pid");
        if (!Files.exists(pid)) {
            return List.of();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
                .map(w -> Stream.concat(Stream.of(w), w.descendants()).toList())
                .orElse(List.of());
    }
}
