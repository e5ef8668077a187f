package io.vgpubench.cli;

import static org.awaitility.Awaitility.await;

import io.vgpubench.campaign.FakeAgent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real CLI running a campaign in a child JVM on the local cloud with a fake agent, for tests that
 * signal it, kill it or run a second controller beside it.
 */
final class ChildController {
    final Process process;
    final Path results;
    private final Path log;

    private ChildController(Process process, Path results, Path log) {
        this.process = process;
        this.results = results;
        this.log = log;
    }

    /** Starts {@code vgpubench run} on a two-flavor local playbook whose agent behaves as {@code agent} says. */
    static ChildController start(Path dir, String agent) throws Exception {
        Path home = FakeAgent.home(dir.resolve("home"), agent);
        Files.createSymbolicLink(home.resolve("flavors"), Home.flavorsDir());
        Path playbook = Files.writeString(dir.resolve("child.yaml"), CampaignFolders.localPlaybook("child", """
                - {name: gemm, parameters: {precision: fp64, m: 64, n: 64, k: 64}}
                - {name: vgg16, parameters: {batch: 1, scale: 16}}""", 1));
        Path results = dir.resolve("results");
        Path log = dir.resolve("controller.log");
        // perl puts SIGINT back to its default, in case this JVM was started with it ignored (a background job)
        Process p = new ProcessBuilder("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + Home.PROPERTY + "=" + home,
                Main.class.getName(), "run", playbook.toString(), "--results", results.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildController(p, results, log);
    }

    /** Waits until an agent hangs (its `sleep 1000` after the first run's sample); returns the campaign folder. */
    Path awaitHungAgent() {
        return await().atMost(Duration.ofSeconds(60)).until(() -> CampaignFolders.only(results),
                d -> d != null && agentProcesses(d).stream().anyMatch(p -> p.info().commandLine()
                        .map(c -> c.endsWith("sleep 1000")).orElse(false)));
    }

    /** The live agent wrappers of the campaign (from their PID files) and every process under them. */
    static List<ProcessHandle> agentProcesses(Path campaign) {
        List<ProcessHandle> found = new ArrayList<>();
        Path instances = campaign.resolve("instances");
        if (!Files.isDirectory(instances)) {
            return found;
        }
        try (Stream<Path> files = Files.find(instances, 4, (p, a) -> p.getFileName().toString().equals("run.pid"))) {
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

    /** What the controller printed so far. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
