package io.vgpubench.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.agenthost.AgentHost;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.InstanceInfo;
import io.vgpubench.cloud.InstanceState;
import io.vgpubench.ssh.SshAgentHostTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's command runs in a session of its own (its time limit kills all it started and nothing of the agent),
 * out of reach of a signal to the agent's process group: the real agent kills it when stopped, and the controller's
 * kill finds it through the run folder when the agent itself was killed outright.
 */
class CommandStopsWithItsAgentTest {
    @TempDir
    Path tmp;

    private AgentRun startALongCommand(AgentHost host, Path pidFile) throws Exception {
        Path spec = Files.writeString(tmp.resolve("spec.json"), """
                {"campaign": "c", "instance": "i-1", "flavor": "local", "task": 0, "tasks": 1, "backend": "cpu",
                 "memory_fraction": 1.0, "start_at": null, "start_signal": false,
                 "runs": [{"run_id": "own", "workload": "long-one", "parameters": {}, "repetitions": 1, "warmup": 0,
                           "time_limit_seconds": 120,
                           "command": {"argv": ["/bin/sh", "-c", "sleep 300 & echo $! > %s; wait"],
                                       "time_limit_seconds": 120}}]}
                """.formatted(pidFile));
        return host.start("run-own", spec);
    }

    private ProcessHandle sleeper(Path pidFile) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(pidFile) && !Files.readString(pidFile).isBlank());
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private AgentHost host(CampaignId campaign) throws Exception {
        Files.createDirectories(tmp.resolve(campaign.value()).resolve("instances/i-1"));
        AgentHost host = new LocalCloud(tmp).connect(campaign, new InstanceInfo("i-1", "i-1", "local",
                InstanceState.ACTIVE, null, Map.of()));
        host.deploy(SshAgentHostTest.BUNDLE);
        return host;
    }

    @Test
    void stoppingTheAgentStopsTheCommandAndAllItStarted() throws Exception {
        AgentHost host = host(CampaignId.fresh("stop"));
        Path pidFile = tmp.resolve("sleep.pid");
        AgentRun run = startALongCommand(host, pidFile);
        ProcessHandle sleep = sleeper(pidFile);

        run.kill();

        // a bound on liveness, not a timing claim: an agent stopped on a loaded machine takes a while to exit
        assertThat(sleep.onExit()).succeedsWithin(Duration.ofSeconds(45));
    }

    @Test
    void anAgentKilledOutrightLeavesItsCommandListedAndTheControllersKillEndsIt() throws Exception {
        CampaignId campaign = CampaignId.fresh("outright");
        AgentHost host = host(campaign);
        Path pidFile = tmp.resolve("sleep.pid");
        AgentRun run = startALongCommand(host, pidFile);
        ProcessHandle sleep = sleeper(pidFile);
        Path runFolder = tmp.resolve(campaign.value()).resolve("instances/i-1/runs/run-own");
        long agent = Long.parseLong(Files.readString(runFolder.resolve("agent.pid")).strip());
        await("the agent lists the command's group once it started it").atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(runFolder.resolve("command.groups"))
                        && !Files.readString(runFolder.resolve("command.groups")).isBlank());

        Optional<ProcessHandle> jvm = ProcessHandle.of(agent);
        new ProcessBuilder("kill", "-KILL", "--", "-" + agent).start().waitFor(); // the agent's group, not the command's
        jvm.ifPresent(j -> assertThat(j.onExit()).succeedsWithin(Duration.ofSeconds(15)));
        assertThat(sleep.isAlive()).as("out of the agent's group, the command lives on").isTrue();

        run.kill();

        assertThat(sleep.onExit()).succeedsWithin(Duration.ofSeconds(15));
    }
}
