package io.vgpubench.agent.command;

import io.vgpubench.agent.backend.Measurement;
import io.vgpubench.agent.backend.PreparedWorkload;
import io.vgpubench.agent.backend.Verification;
import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.spec.CommandSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The user's own benchmark as a workload: {@link #verify} checks its uploaded files against their SHA-256,
 * {@link #measure} is one execution, whose metrics are what it printed. An execution that exits non-zero, runs
 * past its time limit (its process group is killed), prints a malformed metric line or misses a metric fails the
 * run, with the exit code and the last lines of its output. Each execution gets a fresh scratch folder.
 */
public final class CommandWorkload implements PreparedWorkload {
    private final String name;
    private final CommandSpec command;
    private final Path dir;
    private final Path scratch;
    private final Map<String, String> env;
    private final Path workDir;

    private CommandWorkload(String name, CommandSpec command, Path dir, Path scratch, Map<String, String> env, Path workDir) {
        this.workDir = workDir;
        this.name = name;
        this.command = command;
        this.dir = dir;
        this.scratch = scratch;
        this.env = env;
    }

    /**
     * @param workDir where the agent works (its run folder): {@link CommandSpec#files} is relative to it, and the
     *                scratch folder {@code scratch/<run id>} is made in it
     */
    public static CommandWorkload prepare(String name, String runId, CommandSpec command, CommandEnvironment environment,
                                          Path workDir) throws WorkloadException {
        Path dir = command.files() == null ? workDir : workDir.resolve(command.files()).normalize();
        if (!Files.isDirectory(dir)) {
            throw new WorkloadException(name + ": the folder of its files, " + dir + ", is not there (were they uploaded?)");
        }
        Path scratch = workDir.resolve("scratch").resolve(runId);
        return new CommandWorkload(name, command, dir, scratch, environment.with(dir, scratch), workDir);
    }

    @Override
    public List<Measurement> measure() throws WorkloadException {
        freshScratch();
        MetricReader metrics = MetricReader.of(command);
        Execution.Result r;
        try {
            r = Execution.run(command.argv(), env, dir, Duration.ofSeconds(command.timeLimitSeconds()), metrics::line,
                    workDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException(name + ": interrupted (its process group was stopped)");
        }
        if (r.timedOut()) {
            throw new WorkloadException(name + ": still running after its time limit of " + command.timeLimitSeconds()
                    + " s; its process group was killed. " + r.tail().describe());
        }
        if (r.exitCode() != 0) {
            throw new WorkloadException(name + ": exited with code " + r.exitCode() + ". " + r.tail().describe());
        }
        if (r.badOutput() != null) {
            throw new WorkloadException(name + ": " + r.badOutput().getMessage() + ". " + r.tail().describe());
        }
        try {
            return metrics.metrics();
        } catch (WorkloadException e) {
            throw new WorkloadException(name + ": exited 0, but " + e.getMessage() + ". " + r.tail().describe());
        }
    }

    /** Its uploaded files, each against the SHA-256 the controller computed before sending them. */
    @Override
    public Verification verify() throws WorkloadException {
        for (Map.Entry<String, String> f : command.checksums().entrySet()) {
            Path file = dir.resolve(f.getKey()).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                return Verification.failed("file " + f.getKey() + " of " + name + " is not in " + dir);
            }
            String found = Sha256.of(file);
            if (!found.equalsIgnoreCase(f.getValue())) {
                return Verification.failed("file " + f.getKey() + " of " + name + " has SHA-256 " + found
                        + " on this host, " + f.getValue() + " where it was sent from");
            }
        }
        return Verification.passed(command.checksums().size() + " uploaded file(s) match their SHA-256");
    }

    private void freshScratch() throws WorkloadException {
        try {
            deleteTree(scratch);
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new WorkloadException(name + ": cannot make its scratch folder " + scratch + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            deleteTree(scratch);
        } catch (IOException ignored) {
            // a scratch folder left behind goes with the run folder at cleanup
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
