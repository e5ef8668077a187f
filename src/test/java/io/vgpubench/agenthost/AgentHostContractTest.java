package io.vgpubench.agenthost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentRun.RunStatus;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.local.Processes;
import io.vgpubench.ssh.SshAgentHostTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The detached-run protocol as the engine sees it, against every kind of agent host: this machine, an SSH
 * host (in-process MINA server) and, when src/test/ssh/openssh-up.sh has started it, a real OpenSSH server. The agent is a script (see {@link ScriptedAgent}), so each case makes it
 * do what the real one does only when things go wrong.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(ContractHost.Kind.class)
class AgentHostContractTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    @Parameter
    ContractHost.Kind kind;
    @TempDir
    Path tmp;
    private ContractHost side;
    private AgentHost host;
    private final List<AgentRun> started = new ArrayList<>();

    @BeforeEach
    void deployTheScriptedAgent() throws Exception {
        side = kind.open(tmp, CampaignId.fresh("contract"));
        host = side.host();
        assertThat(host.deploy(ScriptedAgent.bundle(Files.createDirectories(tmp.resolve("bundle")))))
                .isEqualTo("vgpubench-agent scripted");
    }

    @AfterEach
    void stopWhatIsLeftAndCleanUp() throws Exception {
        try (ContractHost closing = side) {
            started.forEach(AgentRun::kill);
        }
    }

    @Test
    void completeEventLinesComeHomeOnceAndAPartialLineWaitsForItsEnd() throws Exception {
        AgentRun run = start("lines", "printf 'one\\ntw' >> \"$out\"; while [ ! -f \"$start\" ]; do sleep 0.01; done;"
                + " printf 'o\\nthree\\n' >> \"$out\"");
        List<String> before = new ArrayList<>();
        await().atMost(LIMIT).until(() -> before.addAll(run.readNewLines()));
        assertThat(before).containsExactly("one");
        assertThat(run.status()).isEqualTo(new RunStatus.Running());
        assertThat(host.reattach("lines").status()).as("found again by key").isEqualTo(new RunStatus.Running());

        host.release("lines", Instant.now());

        assertThat(SshAgentHostTest.readUntilExit(run, LIMIT)).containsExactly("two", "three");
        assertThat(run.status()).isEqualTo(new RunStatus.Exited(0));
    }

    @Test
    void theAgentsOfABatchShareAHeapCapOfHalfTheHostsMemory() throws Exception {
        // line 1 is the spec's JSON as the protocol reads it (to the shell, a command not found)
        AgentRun run = start("heap", "{\"tasks\": 4}\necho $VGPU_AGENT_JAVA_OPTS >> \"$out\"");

        assertThat(SshAgentHostTest.readUntilExit(run, LIMIT)).containsExactly("-XX:MaxRAMPercentage=12.50");
    }

    @Test
    void theStartSignalArrivesWholeAndASecondOneChangesNothing() throws Exception {
        AgentRun run = start("gated", "while [ ! -f \"$start\" ]; do sleep 0.01; done; cat \"$start\" >> \"$out\"");
        Instant at = Instant.parse("2026-01-01T00:00:01.123456789Z");

        host.release("gated", at);
        host.release("gated", at);

        assertThat(SshAgentHostTest.readUntilExit(run, LIMIT)).containsExactly(at.toString());
        assertThat(Files.readString(side.runFolder("gated").resolve("start"))).isEqualTo(at + "\n");
    }

    @Test
    void aRunFoundAgainByKeyReadsItsEventsFromTheGivenByteOffsetOn() throws Exception {
        AgentRun run = start("again", "printf 'one\\ntwo\\nthree\\n' >> \"$out\"");
        List<String> all = SshAgentHostTest.readUntilExit(run, LIMIT);

        assertThat(all).containsExactly("one", "two", "three");
        assertThat(run.offset()).isEqualTo("one\ntwo\nthree\n".length());
        assertThat(host.reattach("again").readNewLines()).containsExactlyElementsOf(all);
        assertThat(host.reattach("again", "one\n".length()).readNewLines()).containsExactly("two", "three");
        assertThat(host.reattach("again").status()).isEqualTo(new RunStatus.Exited(0));
    }

    @Test
    void aKeyWithNoRunFolderOrAHalfMadeOneWasNeverStartedAndCanBeStartedUnderThatKey() throws Exception {
        assertThat(host.reattach("never").status()).isInstanceOf(RunStatus.NeverStarted.class);
        // a controller that stopped after making the run folder and copying the spec, before starting the agent
        Files.writeString(Files.createDirectories(side.runFolder("half")).resolve("spec.json"), "exit 9\n");
        assertThat(host.reattach("half").status()).isInstanceOfSatisfying(RunStatus.NeverStarted.class,
                n -> assertThat(n.where()).contains("half"));

        AgentRun run = start("half", "echo done >> \"$out\"");

        assertThat(SshAgentHostTest.readUntilExit(run, LIMIT)).containsExactly("done");
        assertThat(run.status()).isEqualTo(new RunStatus.Exited(0));
    }

    @Test
    void aKeyCannotBeStartedTwice() throws Exception {
        start("once", "sleep 1000");

        assertThatThrownBy(() -> start("once", "exit 0")).isInstanceOf(VgpubenchException.class)
                .hasMessageContaining("run folder exists");
    }

    @Test
    void anAgentThatFailsEndsWithItsExitCodeAndTheLastLinesOfItsLog() throws Exception {
        AgentRun run = start("bad", "i=0; while [ $i -lt 100 ]; do echo \"log line $i\" >&2; i=$((i+1)); done;"
                + " echo 'on stdout too'; exit 3");

        SshAgentHostTest.readUntilExit(run, LIMIT);

        assertThat(run.status()).isEqualTo(new RunStatus.Exited(3));
        assertThat(run.logTail().lines()).hasSize(20).startsWith("log line 81").endsWith("on stdout too");
    }

    @Test
    void anAgentThatStopsOnSigtermEndsAtOnceWithItsChildrenAndItsWrapperRecordsTheExitCode() throws Exception {
        Killed killed = startAndKill("term", "sleep 1000 & echo $! > children; sleep 1000");

        assertThat(killed.took()).isLessThan(RunProtocol.GRACE);
        assertThat(killed.status()).isEqualTo(new RunStatus.Exited(143));
    }

    @Test
    void anAgentThatIgnoresSigtermIsKilledWithItsChildrenWhenTheGraceEnds() throws Exception {
        Killed killed = startAndKill("stubborn", "trap '' TERM; sleep 1000 & echo $! > children; sleep 1000");

        assertThat(killed.took()).isGreaterThanOrEqualTo(RunProtocol.GRACE);
        assertThat(killed.status()).isEqualTo(new RunStatus.Exited(137));
    }

    @Test
    void aRunWhoseHostRebootedSinceItStartedIsLost() throws Exception {
        AgentRun run = start("rebooted", "sleep 1000");
        Path boot = side.runFolder("rebooted").resolve("run.boot");
        assertThat(boot).content().isNotBlank(); // the boot it started in

        Files.writeString(boot, "a-boot-before-this-one\n");

        assertThat(run.status()).isInstanceOfSatisfying(RunStatus.Lost.class,
                l -> assertThat(l.reason()).contains("rebooted since the run started"));
    }

    @Test
    void aRunWhoseWrapperWasKilledFromOutsideIsLostNotRunning() throws Exception {
        AgentRun run = start("vanished", "sleep 1000");
        List<ProcessHandle> group = awaitGroup("vanished");
        ProcessHandle wrapper = process(side.runFolder("vanished").resolve("run.pid")).orElseThrow();

        wrapper.destroyForcibly();
        group.forEach(ProcessHandle::destroyForcibly);

        await().atMost(LIMIT).until(run::status, s -> !(s instanceof RunStatus.Running));
        assertThat(run.status()).isInstanceOfSatisfying(RunStatus.Lost.class,
                l -> assertThat(l.reason()).contains("left no exit code"));
    }

    /** Starts the scripted agent on {@code script} under {@code key}. */
    @Test
    void aCommandsFilesArriveCheckedWhereItsRunFindsThemExecutableAsTheyWereAndTheSameFilesAreNotSentTwice() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("bench/lib"));
        Files.writeString(src.resolve("helper.py"), "print('helper')\n");
        Path run = Files.writeString(tmp.resolve("bench/run.sh"), "#!/bin/sh\necho ran\n");
        run.toFile().setExecutable(true);
        FileSet set = FileSet.of(tmp.resolve("bench"));

        host.deployFiles(set);
        host.deployFiles(set); // the same files: kept as they are
        AgentRun reader = start("files", "o=$PWD/$out; cd " + FileUpload.fromRun(set) + " && [ -x run.sh ] && ./run.sh >> \"$o\""
                + " && cat lib/helper.py >> \"$o\" && ls -A | sort | tr '\\n' ' ' >> \"$o\"; echo >> \"$o\"");
        host.release("files", Instant.now());

        assertThat(SshAgentHostTest.readUntilExit(reader, LIMIT)).containsExactly("ran", "print('helper')", ".complete lib run.sh");
        Files.writeString(src.resolve("helper.py"), "print('changed')\n");
        assertThat(FileSet.of(tmp.resolve("bench")).folderName()).as("changed files go to a folder of their own")
                .isNotEqualTo(set.folderName());
    }

    private AgentRun start(String key, String script) throws Exception {
        AgentRun run = host.start(key, Files.writeString(tmp.resolve(key + ".sh"), script + "\n"));
        started.add(run);
        return run;
    }

    /** How long {@link AgentRun#kill()} took and the status right after it. */
    private record Killed(Duration took, RunStatus status) {
    }

    /** Starts {@code script}, kills it once its processes are there, and checks that none of them is left. */
    private Killed startAndKill(String key, String script) throws Exception {
        AgentRun run = start(key, script);
        List<ProcessHandle> group = awaitGroup(key);
        long began = System.nanoTime();
        run.kill();
        Killed killed = new Killed(Duration.ofNanos(System.nanoTime() - began), run.status());
        assertThat(group).as("the agent and its children").noneMatch(Processes::running);
        return killed;
    }

    /** The agent of a run and the child it named in its {@code children} file, once both are there. */
    private List<ProcessHandle> awaitGroup(String key) {
        Path folder = side.runFolder(key);
        return await().atMost(LIMIT).until(() -> {
            Optional<ProcessHandle> agent = process(folder.resolve("agent.pid"));
            Optional<ProcessHandle> child = process(folder.resolve("children"));
            List<ProcessHandle> all = new ArrayList<>(agent.stream().toList());
            agent.ifPresent(a -> all.addAll(a.descendants().toList()));
            child.ifPresent(all::add);
            return all;
        }, all -> all.size() >= (Files.exists(folder.resolve("children")) ? 3 : 2)
                && all.stream().anyMatch(p -> p.info().command().map(c -> c.endsWith("sleep")).orElse(false)));
    }

    private static Optional<ProcessHandle> process(Path pidFile) throws Exception {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String pid = Files.readString(pidFile).strip();
        return pid.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }
}
