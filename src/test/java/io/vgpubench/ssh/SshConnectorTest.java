package io.vgpubench.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting to real SSH servers: host keys verified or refused, slow and refused hosts, jump hosts, faults. */
class SshConnectorTest {
    static final SshSettings FAST = new SshSettings(Duration.ofMillis(800), Duration.ofSeconds(30),
            Duration.ofSeconds(5), 3, Duration.ofSeconds(3), false, Duration.ofMinutes(1));

    @TempDir
    Path tmp;
    TestKeys keys;
    TestSshServer server;
    final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        keys = TestKeys.generate(tmp, "id_test");
        server = TestSshServer.start(tmp.resolve("home"), keys.publicKey());
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.close();
    }

    SshEndpoint endpoint(int port, HostKeyPolicy policy) {
        return new SshEndpoint("host-a", "127.0.0.1", port, "tester", keys.privateKey(), policy, null);
    }

    /** A loopback port nothing listens on. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    SshConnection open(SshEndpoint endpoint) {
        SshConnection c = new SshConnector(FAST).open(endpoint);
        toClose.add(c);
        return c;
    }

    @Test
    void acceptsAHostListedInKnownHostsAndRunsCommandsInTheLoginDirectory() throws Exception {
        SshConnection c = open(endpoint(server.port(), new HostKeyPolicy.KnownHostsFile(server.knownHosts(tmp.resolve("kh")))));

        assertThat(c.hostKey().verdict()).isEqualTo(HostKeyCheck.Verdict.MATCHED);
        assertThat(c.exec("pwd", "pwd", Duration.ofSeconds(10)).stdout().strip()).isEqualTo(server.home().toString());
        assertThat(c.exec("failing", "exit 3", Duration.ofSeconds(10)).exitCode()).isEqualTo(3);
    }

    @Test
    void acceptsAHostWhosePinnedFingerprintMatches() {
        List<Fingerprint> pins = Fingerprint.parseAll(List.of("256 " + server.fingerprint() + " root@vm (ECDSA)"));

        SshConnection c = open(endpoint(server.port(), new HostKeyPolicy.Pinned(pins)));

        assertThat(c.hostKey().presented().value()).isEqualTo(server.fingerprint());
    }

    @Test
    void refusesAHostKeyMismatchNamingTheHostAndBothFingerprints() {
        String wrong = "SHA256:" + "A".repeat(43);
        HostKeyPolicy pinned = new HostKeyPolicy.Pinned(Fingerprint.parseAll(List.of(wrong)));

        assertThatThrownBy(() -> open(endpoint(server.port(), pinned)))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("MISMATCH")
                .hasMessageContaining("host-a (tester@127.0.0.1:" + server.port() + ")")
                .hasMessageContaining(server.fingerprint())
                .hasMessageContaining(wrong);
    }

    @Test
    void refusesAMismatchAgainstKnownHostsNamingTheFile() throws Exception {
        Path kh = tmp.resolve("kh");
        try (TestSshServer other = TestSshServer.start(tmp.resolve("other"), keys.publicKey())) {
            Files.writeString(kh, Files.readString(other.knownHosts(tmp.resolve("other-kh")))
                    .replace(":" + other.port() + "]", ":" + server.port() + "]").replace("]:" + other.port(), "]:" + server.port()));
            assertThatThrownBy(() -> open(endpoint(server.port(), new HostKeyPolicy.KnownHostsFile(kh))))
                    .hasMessageContaining("MISMATCH")
                    .hasMessageContaining(server.fingerprint())
                    .hasMessageContaining(other.fingerprint())
                    .hasMessageContaining(kh.toString());
        }
    }

    @Test
    void refusesAnUnknownHostAndSaysHowToAddIt() throws Exception {
        Path empty = Files.writeString(tmp.resolve("known_hosts"), "");

        assertThatThrownBy(() -> open(endpoint(server.port(), new HostKeyPolicy.KnownHostsFile(empty))))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("unknown")
                .hasMessageContaining(server.fingerprint())
                .hasMessageContaining("ssh-keyscan -p " + server.port() + " 127.0.0.1 >> " + empty);
    }

    @Test
    void trustsOnFirstUseOnlyWhenAskedRecordsTheKeyAndPinsItForReconnects() throws Exception {
        assertThatThrownBy(() -> HostKeyPolicy.forCloudInstance(List.of(), false, "vm-1"))
                .hasMessageContaining("vm-1").hasMessageContaining("trust on first use was not allowed");
        HostKeyPolicy tofu = HostKeyPolicy.forCloudInstance(List.of("no fingerprints in this console"), true, "vm-1");
        SshAgentHost host = new SshAgentHost(endpoint(server.port(), tofu), "tofu-test-1",
                new SshConnector(FAST), UploadProgress.none());
        toClose.add(host);

        HostKeyCheck first = host.connect();
        assertThat(first.verdict()).isEqualTo(HostKeyCheck.Verdict.TRUSTED_ON_FIRST_USE);
        assertThat(first.presented().value()).isEqualTo(server.fingerprint());

        int port = server.port();
        server.close();
        server = TestSshServer.start(tmp.resolve("home"), keys.publicKey(), SftpFileSystemAccessor.DEFAULT, null, port);
        assertThatThrownBy(host::cleanup).hasMessageContaining("MISMATCH").hasMessageContaining(first.presented().value());
    }

    @Test
    void aJumpHostTrustedOnFirstUseIsReportedAndPinnedForReconnects() throws Exception {
        TestSshServer jump = TestSshServer.start(tmp.resolve("jump-home"), keys.publicKey());
        SshEndpoint bastion = new SshEndpoint("bastion", "127.0.0.1", jump.port(), "tester", keys.privateKey(),
                new HostKeyPolicy.TrustOnFirstUse(), null);
        SshEndpoint target = new SshEndpoint("host-a", "127.0.0.1", server.port(), "tester", keys.privateKey(),
                new HostKeyPolicy.Pinned(Fingerprint.parseAll(List.of(server.fingerprint()))), bastion);
        SshAgentHost host = new SshAgentHost(target, "tofu-jump-1", new SshConnector(FAST), UploadProgress.none());
        toClose.add(host);

        host.connect();
        assertThat(host.keysTrustedOnFirstUse()).containsOnlyKeys("bastion");
        assertThat(host.keysTrustedOnFirstUse().get("bastion")).contains(jump.fingerprint());

        int port = jump.port();
        jump.close(); // the session through it drops; the same address comes back with another host key
        TestSshServer impostor = TestSshServer.start(tmp.resolve("jump-home"), keys.publicKey(),
                SftpFileSystemAccessor.DEFAULT, null, port);
        toClose.add(impostor);
        assertThatThrownBy(host::cleanup).hasMessageContaining("MISMATCH").hasMessageContaining(jump.fingerprint());
    }

    @Test
    void givesUpOnAServerThatAcceptsButNeverSpeaksWithinTheReadinessTime() throws Exception {
        try (ServerSocket stalled = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(stalled.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();

            assertThatThrownBy(() -> open(endpoint(stalled.getLocalPort(), new HostKeyPolicy.TrustOnFirstUse())))
                    .isInstanceOf(SshException.class)
                    .hasMessageContaining("no SSH answer within 800 ms")
                    .hasMessageContaining("gave up after 3 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void reportsARefusedConnectionAfterRetryingWithBackoff() throws Exception {
        int closedPort = closedPort();

        assertThatThrownBy(() -> open(endpoint(closedPort, new HostKeyPolicy.TrustOnFirstUse())))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("host-a (tester@127.0.0.1:" + closedPort + "): connection refused")
                .hasMessageContaining("gave up after 3 s");
    }

    @Test
    void aPortThatRefusesEveryAttemptIsGivenUpAtTheRefusalLimitAndTheWaitIsToldWithItsAttempts() throws Exception {
        int closedPort = closedPort();
        SshSettings patient = new SshSettings(Duration.ofMillis(800), Duration.ofSeconds(30), Duration.ofSeconds(5), 3,
                Duration.ofMinutes(10), false, Duration.ofSeconds(2));
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        SshConnector connector = new SshConnector(patient).saying(said::add);

        assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> connector.open(endpoint(closedPort, new HostKeyPolicy.TrustOnFirstUse()))))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("host-a (tester@127.0.0.1:" + closedPort + "): connection refused")
                .hasMessageContaining("every attempt refused for 2s, so nothing listens there: gave up without"
                        + " waiting the rest of 10m");
        assertThat(said).isNotEmpty().first().asString().contains("connection refused")
                .contains("still trying (attempt 1, ").endsWith(" of 10m)");
    }

    @Test
    void reportsAKeyTheServerDoesNotAcceptWithoutRetrying() throws Exception {
        TestKeys stranger = TestKeys.generate(tmp, "id_stranger");
        SshEndpoint e = new SshEndpoint("host-a", "127.0.0.1", server.port(), "tester", stranger.privateKey(),
                new HostKeyPolicy.KnownHostsFile(server.knownHosts(tmp.resolve("kh"))), null);

        assertThatThrownBy(() -> open(e)).hasMessageContaining("the server refused key " + stranger.privateKey())
                .hasMessageNotContaining("gave up");
    }

    @Test
    void goesThroughAJumpHostVerifyingBothHostKeys() throws Exception {
        TestSshServer jump = TestSshServer.start(tmp.resolve("jump-home"), keys.publicKey());
        toClose.add(jump);
        SshEndpoint bastion = new SshEndpoint("bastion", "127.0.0.1", jump.port(), "tester", keys.privateKey(),
                new HostKeyPolicy.KnownHostsFile(jump.knownHosts(tmp.resolve("jump-kh"))), null);
        SshEndpoint target = new SshEndpoint("host-a", "127.0.0.1", server.port(), "tester", keys.privateKey(),
                new HostKeyPolicy.Pinned(Fingerprint.parseAll(List.of(server.fingerprint()))), bastion);

        SshConnection c = open(target);

        assertThat(c.exec("pwd", "pwd", Duration.ofSeconds(10)).stdout().strip()).isEqualTo(server.home().toString());
    }

    @Test
    void logsInToOneJumpHostAtMostEightAtATimeSoItsSshdDoesNotDropConnections() throws Exception {
        TestSshServer jump = TestSshServer.start(tmp.resolve("jump-home"), keys.publicKey());
        toClose.add(jump);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        jump.countLogins(inFlight, most);
        SshEndpoint bastion = new SshEndpoint("bastion", "127.0.0.1", jump.port(), "tester", keys.privateKey(),
                new HostKeyPolicy.KnownHostsFile(jump.knownHosts(tmp.resolve("jump-kh"))), null);
        SshConnector connector = new SshConnector(FAST);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<SshConnection>> opened = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                SshEndpoint target = new SshEndpoint("host-" + i, "127.0.0.1", server.port(), "tester", keys.privateKey(),
                        new HostKeyPolicy.Pinned(Fingerprint.parseAll(List.of(server.fingerprint()))), bastion);
                opened.add(pool.submit(() -> connector.open(target)));
            }
            for (Future<SshConnection> f : opened) {
                SshConnection c = f.get(60, TimeUnit.SECONDS);
                toClose.add(c::close);
                assertThat(c.exec("pwd", "pwd", Duration.ofSeconds(10)).stdout().strip()).isEqualTo(server.home().toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).as("logins in progress at the jump host at once").isBetween(2, SshConnector.JUMP_LOGINS_AT_ONCE);
    }

    @Test
    void namesAnUnreachableJumpHost() throws Exception {
        int closedPort = closedPort();
        SshEndpoint bastion = new SshEndpoint("bastion", "127.0.0.1", closedPort, "tester", keys.privateKey(),
                new HostKeyPolicy.TrustOnFirstUse(), null);
        SshEndpoint target = new SshEndpoint("host-a", "127.0.0.1", server.port(), "tester", keys.privateKey(),
                new HostKeyPolicy.TrustOnFirstUse(), bastion);

        assertThatThrownBy(() -> open(target)).hasMessageContaining("bastion (tester@127.0.0.1:" + closedPort
                + "): connection refused");
    }

    @Test
    void aFullDiskDuringUploadIsAClearErrorAndLeavesNoPartialFile() throws Exception {
        server.close();
        server = TestSshServer.start(tmp.resolve("home"), keys.publicKey(), new FullDiskAfter(2_000_000), null, 0);
        SshAgentHost host = new SshAgentHost(endpoint(server.port(),
                new HostKeyPolicy.KnownHostsFile(server.knownHosts(tmp.resolve("kh")))),
                SshAgentHostTest.CAMPAIGN, new SshConnector(FAST), UploadProgress.none());
        toClose.add(host);

        assertThatThrownBy(() -> host.deploy(SshAgentHostTest.BUNDLE))
                .isInstanceOf(SshException.class)
                .hasMessageContaining("uploading the agent bundle")
                .hasMessageContaining("No space left on device")
                .hasMessageMatching(Pattern.compile("(?s).*failed after [0-9.]+ MB.*"))
                .hasMessageContaining("most often a full disk")
                .hasMessageContaining("free there now");
        assertThat(server.home().resolve(".vgpubench/" + SshAgentHostTest.CAMPAIGN + "/agent-bundle.tar.gz.part"))
                .doesNotExist();
    }

    @Test
    void waitsForCloudInitToFinishWhereTheHostHasIt() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path cloudInit = bin.resolve("cloud-init");
        Path calls = tmp.resolve("cloud-init-calls");
        Files.writeString(cloudInit, "#!/bin/sh\nsleep 1\necho \"$*\" >> " + calls + "\nexit 0\n");
        Files.setPosixFilePermissions(cloudInit, PosixFilePermissions.fromString("rwx------"));
        server.close();
        server = TestSshServer.start(tmp.resolve("home"), keys.publicKey(), SftpFileSystemAccessor.DEFAULT, bin, 0);
        SshAgentHost host = new SshAgentHost(endpoint(server.port(),
                new HostKeyPolicy.KnownHostsFile(server.knownHosts(tmp.resolve("kh")))),
                SshAgentHostTest.CAMPAIGN, new SshConnector(FAST), UploadProgress.none());
        toClose.add(host);

        host.connect();

        assertThat(Files.readString(calls).strip()).isEqualTo("status --wait");
    }
}
