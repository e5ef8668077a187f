package io.vgpubench.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.agenthost.AgentRun;
import io.vgpubench.campaign.AgentBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSH agent host against a real in-process SSH server, running the real agent bundle. */
public class SshAgentHostTest {
    static final String CAMPAIGN = "ssh-test-20260101t0000-abcd";
    public static final AgentBundle BUNDLE = AgentBundles.find(Path.of(System.getProperty("vgpubench.home", ".")));
    static final SshSettings FAST = new SshSettings(Duration.ofSeconds(5), Duration.ofSeconds(60),
            Duration.ofSeconds(5), 3, Duration.ofSeconds(5), false, Duration.ofSeconds(5));

    @TempDir
    Path tmp;
    TestKeys keys;
    TestSshServer server;
    SshAgentHost host;
    final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        keys = TestKeys.generate(tmp, "id_test");
        server = TestSshServer.start(tmp.resolve("home"), keys.publicKey());
        host = new SshAgentHost(endpoint(server, new HostKeyPolicy.KnownHostsFile(server.knownHosts(tmp.resolve("kh")))),
                CAMPAIGN, new SshConnector(FAST), UploadProgress.percentLines("upload", progress::add));
    }

    @AfterEach
    void stopServer() throws Exception {
        host.close();
        server.close();
    }

    SshEndpoint endpoint(TestSshServer s, HostKeyPolicy policy) {
        return new SshEndpoint("host-a", "127.0.0.1", s.port(), "tester", keys.privateKey(), policy, null);
    }

    @Test
    void deploysTheRealBundleVerifiesItOnTheFarSideAndReportsTheAgentVersion() throws Exception {
        String version = host.deploy(BUNDLE);

        assertThat(version).isEqualTo("vgpubench-agent " + BUNDLE.version());
        Path dir = server.home().resolve(".vgpubench").resolve(CAMPAIGN);
        assertThat(Files.size(dir.resolve("agent-bundle.tar.gz"))).isEqualTo(Files.size(BUNDLE.tarball()));
        assertThat(Files.readString(dir.resolve("vgpubench-agent/.bundle-sha256")).strip()).isEqualTo(BUNDLE.sha256());
        assertThat(dir.resolve("agent-bundle.tar.gz.part")).doesNotExist();
        assertThat(Files.isExecutable(dir.resolve("vgpubench-agent/bin/vgpu-agent"))).isTrue();
    }

    @Test
    void aBundleWhoseLocalPathHoldsGlobCharactersStillUploads() throws Exception {
        Path odd = Files.createDirectories(tmp.resolve("we*ird?dir\\x"));
        Path tarball = Files.copy(BUNDLE.tarball(), odd.resolve("agent[1].tar.gz"));
        AgentBundle bundle = new AgentBundle(BUNDLE.directory(), tarball, BUNDLE.sha256(), BUNDLE.version());

        assertThat(host.deploy(bundle)).isEqualTo("vgpubench-agent " + BUNDLE.version());
        Path dir = server.home().resolve(".vgpubench").resolve(CAMPAIGN);
        assertThat(Files.size(dir.resolve("agent-bundle.tar.gz"))).isEqualTo(Files.size(BUNDLE.tarball()));
    }

    @Test
    void aConnectionDroppedMidUploadIsReconnectedAndTheBundleStillArrivesWhole() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean dropped = new java.util.concurrent.atomic.AtomicBoolean();
        SshAgentHost dropping = new SshAgentHost(endpoint(server,
                new HostKeyPolicy.KnownHostsFile(server.knownHosts(tmp.resolve("kh2")))), CAMPAIGN,
                new SshConnector(FAST), UploadProgress.percentLines("upload", line -> {
                    if (line.startsWith("upload: 30%") && dropped.compareAndSet(false, true)) {
                        try {
                            server.dropConnections();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }));
        try (dropping) {
            assertThat(dropping.deploy(BUNDLE)).isEqualTo("vgpubench-agent " + BUNDLE.version());
        }
        assertThat(dropped).as("the connection was dropped during the upload").isTrue();
        Path dir = server.home().resolve(".vgpubench").resolve(CAMPAIGN);
        assertThat(Files.readString(dir.resolve("vgpubench-agent/.bundle-sha256")).strip()).isEqualTo(BUNDLE.sha256());
        assertThat(dir.resolve("agent-bundle.tar.gz.part")).doesNotExist();
    }

    @Test
    void bundleUploadsShareTheConnectorsSlotsAndEveryHostStillGetsTheWholeBundle() throws Exception {
        SlowCountedWrites writes = new SlowCountedWrites();
        try (TestSshServer slow = TestSshServer.start(tmp.resolve("slow-home"), keys.publicKey(), writes, null, 0)) {
            SshConnector twoUploads = new SshConnector(FAST, 2);
            HostKeyPolicy policy = new HostKeyPolicy.KnownHostsFile(slow.knownHosts(tmp.resolve("slow-kh")));
            List<java.util.concurrent.CompletableFuture<String>> deploys = new ArrayList<>();
            for (int i = 0; i < 4; i++) { // four campaigns on one login: four separate uploads
                SshAgentHost h = new SshAgentHost(endpoint(slow, policy),
                        "ssh-test-20260101t0000-up0" + i, twoUploads, UploadProgress.none());
                deploys.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> h.deploy(BUNDLE),
                        java.util.concurrent.Executors.newSingleThreadExecutor()));
            }
            for (var d : deploys) {
                assertThat(d.get(120, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("vgpubench-agent " + BUNDLE.version());
            }
            for (int i = 0; i < 4; i++) {
                Path dir = slow.home().resolve(".vgpubench/ssh-test-20260101t0000-up0" + i);
                assertThat(Files.size(dir.resolve("agent-bundle.tar.gz"))).isEqualTo(Files.size(BUNDLE.tarball()));
            }
        }
        assertThat(writes.most.get()).as("uploads in flight at once").isEqualTo(2);
    }

    @Test
    void printsUploadProgressAsPercentLinesAndSkipsTheUploadWhenTheSameBundleIsThere() throws Exception {
        host.deploy(BUNDLE);
        assertThat(progress).first().asString().startsWith("upload: 0%");
        assertThat(progress).last().asString().startsWith("upload: 100%");
        assertThat(progress).hasSizeBetween(10, 11);
        Path tarball = server.home().resolve(".vgpubench/" + CAMPAIGN + "/agent-bundle.tar.gz");
        var uploadedAt = Files.getLastModifiedTime(tarball);
        progress.clear();

        String again = host.deploy(BUNDLE);

        assertThat(again).isEqualTo("vgpubench-agent " + BUNDLE.version());
        assertThat(progress).isEmpty();
        assertThat(Files.getLastModifiedTime(tarball)).isEqualTo(uploadedAt);
    }

    @Test
    void runsTheRealAgentDetachedAndBringsEveryEventLineHome() throws Exception {
        host.deploy(BUNDLE);
        AgentRun run = host.start("run-1", AgentSpecs.gemm(tmp, CAMPAIGN, 64, 5));

        List<String> lines = readUntilExit(run, Duration.ofSeconds(60));

        Path events = server.home().resolve(".vgpubench/" + CAMPAIGN + "/runs/run-1/events.jsonl");
        assertThat(lines).containsExactlyElementsOf(Files.readAllLines(events));
        assertThat(lines).filteredOn(l -> l.contains("\"type\":\"sample\"")).hasSize(5);
        assertThat(lines).last().asString().contains("\"type\":\"agent_done\"");
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Exited(0));
    }

    @Test
    void theRealAgentSaysReadyRunsNothingUntilReleasedThenStartsAtTheGivenInstant() throws Exception {
        host.deploy(BUNDLE);
        AgentRun run = host.start("run-gated", AgentSpecs.gemm(tmp, CAMPAIGN, 64, 2, true));
        List<String> lines = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        while (lines.stream().noneMatch(l -> l.contains("\"type\":\"ready\"")) && Instant.now().isBefore(deadline)) {
            lines.addAll(run.readNewLines());
            Thread.sleep(100);
        }
        Thread.sleep(500);
        lines.addAll(run.readNewLines());
        assertThat(lines).as("before the signal").noneMatch(l -> l.contains("run_started"));
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Running());

        Instant start = Instant.now().plusMillis(300);
        host.release("run-gated", start);
        host.release("run-gated", start); // a second signal changes nothing
        lines.addAll(readUntilExit(run, Duration.ofSeconds(60)));

        String started = lines.stream().filter(l -> l.contains("run_started")).findFirst().orElseThrow();
        Instant at = Instant.parse(started.replaceAll(".*\"at\":\"([^\"]+)\".*", "$1"));
        assertThat(at).isAfterOrEqualTo(start).isBefore(start.plusSeconds(2));
        assertThat(lines).noneMatch(l -> l.contains("\"type\":\"warning\"") && l.contains("common start"));
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Exited(0));
    }

    @Test
    void survivesADroppedConnectionMidRunAndReattachesWithoutLosingOrRepeatingALine() throws Exception {
        host.deploy(BUNDLE);
        AgentRun run = host.start("run-drop", AgentSpecs.gemm(tmp, CAMPAIGN, 384, 200));
        List<String> lines = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        while (lines.stream().noneMatch(l -> l.contains("\"type\":\"sample\"")) && Instant.now().isBefore(deadline)) {
            lines.addAll(run.readNewLines());
            Thread.sleep(100);
        }
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Running());

        server.dropConnections();
        lines.addAll(run.readNewLines());
        server.dropConnections();
        AgentRun reattached = host.reattach("run-drop", run.offset());
        lines.addAll(readUntilExit(reattached, Duration.ofSeconds(90)));

        Path events = server.home().resolve(".vgpubench/" + CAMPAIGN + "/runs/run-drop/events.jsonl");
        assertThat(lines).containsExactlyElementsOf(Files.readAllLines(events));
        assertThat(lines).filteredOn(l -> l.contains("\"type\":\"sample\"")).hasSize(200);
        assertThat(reattached.status()).isEqualTo(new AgentRun.RunStatus.Exited(0));
    }

    @Test
    void reattachingWithoutAnOffsetReadsTheWholeEventsFileAgain() throws Exception {
        host.deploy(BUNDLE);
        AgentRun run = host.start("run-2", AgentSpecs.gemm(tmp, CAMPAIGN, 64, 3));
        List<String> first = readUntilExit(run, Duration.ofSeconds(60));

        assertThat(host.reattach("run-2").readNewLines()).containsExactlyElementsOf(first);
    }

    @Test
    void killStopsARunningAgentAndTheWrapperRecordsItsExitCode() throws Exception {
        host.deploy(BUNDLE);
        AgentRun run = host.start("run-kill", AgentSpecs.gemm(tmp, CAMPAIGN, 512, 1000));
        Thread.sleep(500);
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Running());

        run.kill();

        assertThat(run.status()).isIn(new AgentRun.RunStatus.Exited(143), new AgentRun.RunStatus.Exited(137));
    }

    @Test
    void aRejectedSpecEndsWithTheAgentsExitCodeAndItsLogTail() throws Exception {
        host.deploy(BUNDLE);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"campaign\": 42}");
        AgentRun run = host.start("run-bad", bad);

        readUntilExit(run, Duration.ofSeconds(30));

        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Exited(2));
        assertThat(run.logTail()).isNotBlank();
    }

    @Test
    void aRunKeyCannotBeStartedTwice() throws Exception {
        host.deploy(BUNDLE);
        Path spec = AgentSpecs.gemm(tmp, CAMPAIGN, 64, 1);
        host.start("run-once", spec);

        assertThatThrownBy(() -> host.start("run-once", spec)).isInstanceOf(SshException.class)
                .hasMessageContaining("run folder exists");
    }

    @Test
    void aRunJournaledButNeverStartedIsToldApartAndCanBeStartedUnderItsKey() throws Exception {
        assertThat(host.reattach("never").status()).isInstanceOf(AgentRun.RunStatus.NeverStarted.class);
        host.deploy(BUNDLE);
        // a controller that stopped after creating the run folder, before starting the agent
        Files.createDirectories(server.home().resolve(".vgpubench/" + CAMPAIGN + "/runs/half"));
        assertThat(host.reattach("half").status()).isInstanceOf(AgentRun.RunStatus.NeverStarted.class);

        AgentRun run = host.start("half", AgentSpecs.gemm(tmp, CAMPAIGN, 64, 1));
        assertThat(readUntilExit(run, Duration.ofSeconds(60))).anyMatch(l -> l.contains("\"type\":\"agent_done\""));
        assertThat(run.status()).isEqualTo(new AgentRun.RunStatus.Exited(0));
    }

    @Test
    void cleanupStopsTheCampaignsAgentsAndRemovesItsDirectory() throws Exception {
        host.deploy(BUNDLE);
        AgentRun run = host.start("run-long", AgentSpecs.gemm(tmp, CAMPAIGN, 512, 1000));
        Path pidFile = server.home().resolve(".vgpubench/" + CAMPAIGN + "/runs/run-long/agent.pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());

        host.cleanup();

        assertThat(server.home().resolve(".vgpubench")).doesNotExist();
        Thread.sleep(300);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    public static List<String> readUntilExit(AgentRun run, Duration limit) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            lines.addAll(run.readNewLines());
            if (run.status() instanceof AgentRun.RunStatus.Exited) {
                lines.addAll(run.readNewLines());
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("agent did not exit within " + limit + "; lines so far: " + lines.size());
    }
}
