package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vgpubench.campaign.FakeAgent;
import io.vgpubench.campaign.journal.Journal;
import io.vgpubench.campaign.journal.JournalEntry;
import io.vgpubench.cloud.CampaignId;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.cloud.local.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) sent to the real CLI in a child JVM running a campaign on the local cloud, with a fake
 * agent that hangs after its first run. Where the agent also ignores SIGTERM, the local cloud's kill
 * waits out its grace period, so teardown is slow the way a hung cloud makes it slow.
 */
class CtrlCTest {
    @TempDir
    Path dir;
    private Path results;
    private Path log;

    @Test
    void aSingleCtrlCTearsDownAndExitsWith130() throws Exception {
        Process controller = start(FakeAgent.HANG_AFTER_ONE);
        Path campaign = awaitHungAgent();
        List<ProcessHandle> agents = agentProcesses(campaign);

        interrupt(controller);

        assertThat(controller.waitFor(60, TimeUnit.SECONDS)).as(output()).isTrue();
        assertThat(controller.exitValue()).as(output()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(output()).contains("interrupted: stopping runs and tearing down; press Ctrl-C again to abort the"
                + " teardown").contains("tearing down (interrupted (signal))");
        assertThat(Journal.read(campaign.resolve("journal.jsonl")))
                .anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.TeardownDone.class))
                .noneSatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.TeardownAborted.class));
        assertThat(agents).noneMatch(Processes::running);
        assertThat(new LocalCloud(results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
    }

    @Test
    void aSecondCtrlCAbortsASlowTeardownAtOnceSayingWhatIsLeftAndTeardownThenRemovesIt() throws Exception {
        Process controller = start(FakeAgent.IGNORE_TERM_AND_HANG_AFTER_ONE);
        Path campaign = awaitHungAgent();
        List<ProcessHandle> agents = agentProcesses(campaign);
        interrupt(controller);
        await().atMost(Duration.ofSeconds(30)).until(() -> output().contains("tearing down (interrupted (signal))"));

        interrupt(controller);
        assertThat(controller.waitFor(3, TimeUnit.SECONDS)).as(output()).isTrue();

        // the teardown was cut short: the agents it was giving 5 s to stop after SIGTERM are still there
        assertThat(controller.exitValue()).as(output()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(agents).isNotEmpty().allMatch(Processes::running);
        List<String> instances = requestedInstances(campaign);
        assertThat(instances).hasSize(2);
        assertThat(output()).contains("TEARDOWN ABORTED; what may be left:")
                .contains(instances.stream().map(i -> "local instance " + i + " and its agent processes").toList())
                .contains("remove what is left with: vgpubench teardown " + campaign);
        assertThat(Journal.read(campaign.resolve("journal.jsonl"))).anySatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(JournalEntry.TeardownAborted.class,
                        a -> assertThat(a.instances()).isEqualTo(instances.stream().sorted().toList())));

        CliRun status = CliRun.of("status", campaign.toString());
        assertThat(status.out()).contains("teardown ABORTED by a second Ctrl-C; may be left: "
                + String.join(", ", instances.stream().sorted().toList())
                + "; remove what is left with: vgpubench teardown " + campaign);

        CliRun teardown = CliRun.of("teardown", campaign.toString());
        assertThat(teardown.exitCode()).as(teardown.out() + teardown.err()).isZero();
        assertThat(teardown.out()).contains("nothing left of " + campaign.getFileName());
        assertThat(agents).noneMatch(Processes::running);
        assertThat(new LocalCloud(results).discover(new CampaignId(campaign.getFileName().toString()))).isEmpty();
        for (String i : instances) {
            assertThat(campaign.resolve("instances").resolve(i).resolve("agent")).doesNotExist();
        }
        assertThat(CliRun.of("status", campaign.toString()).out()).contains("torn down, nothing left");
    }

    private Process start(String agent) throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), agent);
        Files.createSymbolicLink(home.resolve("flavors"), Home.flavorsDir());
        Path playbook = Files.writeString(dir.resolve("ctrl-c.yaml"), CampaignFolders.localPlaybook("ctrl-c", """
                - {name: gemm, parameters: {precision: fp64, m: 64, n: 64, k: 64}}
                - {name: vgg16, parameters: {batch: 1, scale: 16}}""", 1));
        results = dir.resolve("results");
        log = dir.resolve("controller.log");
        // perl puts SIGINT back to its default, in case this JVM was started with it ignored (a background job)
        return new ProcessBuilder("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + Home.PROPERTY + "=" + home,
                Main.class.getName(), "run", playbook.toString(), "--results", results.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until an agent hangs (its `sleep 1000` after the first run's sample); returns the campaign folder. */
    private Path awaitHungAgent() {
        return await().atMost(Duration.ofSeconds(60)).until(() -> CampaignFolders.only(results),
                d -> d != null && agentProcesses(d).stream().anyMatch(p -> p.info().commandLine()
                        .map(c -> c.endsWith("sleep 1000")).orElse(false)));
    }

    /** The live agent wrappers of the campaign (from their PID files) and every process under them. */
    private static List<ProcessHandle> agentProcesses(Path campaign) {
        List<ProcessHandle> found = new ArrayList<>();
        Path instances = campaign.resolve("instances");
        if (!Files.isDirectory(instances)) {
            return found;
        }
        try (Stream<Path> files = Files.find(instances, 3, (p, a) -> p.toString().endsWith(".pid"))) {
            for (Path pid : files.toList()) {
                String text = Files.readString(pid).trim();
                ProcessHandle.of(Long.parseLong(text)).ifPresent(w -> {
                    found.add(w);
                    w.descendants().forEach(found::add);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<String> requestedInstances(Path campaign) {
        return Journal.read(campaign.resolve("journal.jsonl")).stream()
                .filter(e -> e instanceof JournalEntry.ProvisionRequested)
                .flatMap(e -> ((JournalEntry.ProvisionRequested) e).instances().stream()).toList();
    }

    private static void interrupt(Process controller) throws Exception {
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(controller.pid())).start().waitFor()).isZero();
    }

    private String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
