package io.vgpubench.cloud.local;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.Sha256;
import io.vgpubench.model.Partition;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A campaign's own MPS control daemon on this machine, for the local flavors with {@code partition: mps}: started
 * with its own pipe folder (under /tmp, named from the campaign folder: a socket path must stay short) and log
 * folder (in the campaign folder), found again by those alone after a controller restart, and stopped at teardown
 * ({@code quit}, then whatever of its daemon and servers is left is killed). It changes nothing on the card: no
 * compute mode, clock, MIG or persistence setting. Its clients are the agents started with {@link #clientEnv}.
 */
final class MpsDaemon {
    static final String BINARY_PROPERTY = "vgpubench.mps.control";
    private static final String CONTROL = "nvidia-cuda-mps-control";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Path campaignDir;
    private final Path pipe;
    private final Path log;

    MpsDaemon(Path campaignDir) {
        this.campaignDir = campaignDir.toAbsolutePath().normalize();
        this.pipe = Path.of(System.getProperty("java.io.tmpdir"), "vgpubench-mps-" + shortHash(this.campaignDir));
        this.log = this.campaignDir.resolve("mps-log");
    }

    Path pipe() {
        return pipe;
    }

    /** The control binary: {@value #BINARY_PROPERTY} where set, else {@value #CONTROL} on PATH; empty when neither. */
    static java.util.Optional<Path> binary() {
        String set = System.getProperty(BINARY_PROPERTY);
        if (set != null && !set.isBlank()) {
            return java.util.Optional.of(Path.of(set)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, CONTROL);
            if (Files.isExecutable(p)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /** Why MPS cannot be used here, or empty when it can be tried. */
    static java.util.Optional<String> unavailable() {
        return binary().isPresent() ? java.util.Optional.empty() : java.util.Optional.of(CONTROL
                + " is not on PATH (it comes with the NVIDIA driver; or point -D" + BINARY_PROPERTY + " at it): the"
                + " flavors with partition: mps cannot run on this machine; use time-sliced ones (local, local.half)");
    }

    /** What an agent needs in its environment to be a client of this daemon under {@code share}. */
    Map<String, String> clientEnv(Partition.Mps share) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CUDA_MPS_PIPE_DIRECTORY", pipe.toString());
        env.put("CUDA_MPS_LOG_DIRECTORY", log.toString());
        env.put("CUDA_MPS_ACTIVE_THREAD_PERCENTAGE", Integer.toString(share.smPercent()));
        if (share.memoryLimitGb() != null) {
            env.put("CUDA_MPS_PINNED_DEVICE_MEM_LIMIT", "0=" + Math.max(1, Math.round(share.memoryLimitGb() * 1000)) + "M");
        }
        return env;
    }

    /** Whether a process of this daemon (the control daemon or a server it started) is alive. */
    boolean running() {
        return !processes().isEmpty();
    }

    /** Starts the daemon unless it runs; throws, with its log's last lines, when it does not come up. */
    void start() {
        if (running()) {
            return;
        }
        Path binary = binary().orElseThrow(() -> VgpubenchException.infrastructure(unavailable().orElseThrow(), null));
        try {
            Files.createDirectories(pipe);
            Files.createDirectories(log);
            ProcessBuilder pb = new ProcessBuilder(binary.toString(), "-d").redirectErrorStream(true)
                    .redirectOutput(log.resolve("start.out").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).directory(campaignDir.toFile());
            env(pb);
            Process p = pb.start();
            if (!p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw VgpubenchException.infrastructure("the MPS control daemon did not start (" + binary + " -d"
                        + (p.isAlive() ? " still running after " + WAIT.toSeconds() + " s" : " exited " + p.exitValue())
                        + "): " + tail(log.resolve("start.out")) + " " + tail(log.resolve("control.log")), null);
            }
            Instant until = Instant.now().plus(WAIT);
            while (!Files.exists(pipe.resolve("control")) && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            if (!Files.exists(pipe.resolve("control"))) {
                throw VgpubenchException.infrastructure("the MPS control daemon made no control pipe in " + pipe + " within "
                        + WAIT.toSeconds() + " s: " + tail(log.resolve("control.log")), null);
            }
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot start the MPS control daemon: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VgpubenchException.infrastructure("interrupted while starting the MPS control daemon", e);
        }
    }

    /**
     * Stops the daemon and its servers: {@code quit}, a wait, then a kill of whatever of them is left; removes its
     * pipe folder. Returns what could not be stopped (empty when all is gone).
     */
    List<String> stop() {
        List<String> left = new ArrayList<>();
        if (!Files.isDirectory(pipe) && !running()) {
            return left;
        }
        binary().ifPresent(this::quit);
        waitGone(WAIT);
        processes().forEach(ProcessHandle::destroy);
        waitGone(Duration.ofSeconds(3));
        processes().forEach(ProcessHandle::destroyForcibly);
        waitGone(Duration.ofSeconds(3));
        processes().forEach(h -> left.add("MPS process " + h.pid() + " (" + h.info().command().orElse("?")
                + ") of pipe folder " + pipe + " is still running"));
        if (left.isEmpty()) {
            try {
                Tree.delete(pipe);
            } catch (IOException e) {
                left.add("cannot remove the MPS pipe folder " + pipe + ": " + e.getMessage());
            }
        }
        return left;
    }

    private void quit(Path binary) {
        try {
            ProcessBuilder pb = new ProcessBuilder(binary.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            env(pb);
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write("quit\n".getBytes(StandardCharsets.US_ASCII));
            }
            if (!p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            // the processes are killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void env(ProcessBuilder pb) {
        pb.environment().put("CUDA_MPS_PIPE_DIRECTORY", pipe.toString());
        pb.environment().put("CUDA_MPS_LOG_DIRECTORY", log.toString());
    }

    private void waitGone(Duration d) {
        Instant until = Instant.now().plus(d);
        while (running() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The live processes whose environment names this daemon's pipe folder (the daemon and its servers). */
    List<ProcessHandle> processes() {
        String mark = "CUDA_MPS_PIPE_DIRECTORY=" + pipe;
        List<ProcessHandle> out = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid == ProcessHandle.current().pid()) {
                    continue;
                }
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (!cmd.toLowerCase(Locale.ROOT).contains("mps")) {
                        continue;
                    }
                    String env = new String(Files.readAllBytes(p.resolve("environ")), StandardCharsets.UTF_8);
                    if (("\0" + env).contains("\0" + mark + "\0")) {
                        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(out::add);
                    }
                } catch (IOException | SecurityException e) {
                    // gone, or another user's: not ours
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static String tail(Path f) {
        try {
            List<String> lines = Files.readAllLines(f);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static String shortHash(Path p) {
        return Sha256.of(p.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
