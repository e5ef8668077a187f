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
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The user's own benchmark as a workload: {@link #verify} checks its uploaded files against their SHA-256,
 * {@link #measure} is one execution, whose metrics are what it printed. An execution that exits non-zero, runs
 * past its time limit (its process group is killed), prints a malformed metric line or misses a metric fails the
 * run, with the exit code and the last lines of its output. Each execution gets a fresh scratch folder. A timed
 * execution in a slot is handed its window ({@link #measure(HandedWindow)}); a metric that reports the window it
 * was measured over must have it inside the execution (process start to exit, {@link #SLACK} either side for the
 * rounding of printed times), or the run fails.
 */
public final class CommandWorkload implements PreparedWorkload {
    /** How far a reported window (or its load) may stick out of its execution: times printed to the millisecond. */
    static final Duration SLACK = Duration.ofMillis(1);
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

    /** The start-up time its spec gives, in ms (0: none; it is timed as a whole execution). */
    public long startupMs() {
        return command.startupMs() == null ? 0 : command.startupMs();
    }

    /** One execution without a window (a warm-up, a settle or fill round, a run without slots). */
    @Override
    public List<Measurement> measure() throws WorkloadException {
        return measure(null);
    }

    /** One execution, told its window (null: none) through {@code VGPUBENCH_MEASURE_AT} and the rest. */
    public List<Measurement> measure(HandedWindow window) throws WorkloadException {
        freshScratch();
        MetricReader metrics = MetricReader.of(command);
        Map<String, String> given = env;
        if (window != null) {
            given = new java.util.LinkedHashMap<>(env);
            given.putAll(window.env());
        }
        ContainerRun box = command.container() == null ? null : ContainerRun.of(command.container(), run(), OnPath::has);
        List<String> argv = box == null ? command.argv()
                : box.argv(command.argv(), given, workDir, dir, given.containsKey("CUDA_VISIBLE_DEVICES"));
        Execution.Result r = null;
        Instant began = Instant.now();
        try {
            if (box != null) {
                LiveGroups.add(box, given);
            }
            r = Execution.run(argv, given, dir, Duration.ofSeconds(command.timeLimitSeconds()), metrics::line, workDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException(name + ": interrupted (its process group was stopped)");
        } finally {
            if (box != null) {
                if (r == null || r.timedOut()) {
                    box.remove(given); // its runtime may keep a container its execution no longer waits for
                }
                LiveGroups.remove(box);
            }
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
        Instant exited = Instant.now();
        List<Measurement> measured;
        try {
            measured = metrics.metrics();
        } catch (WorkloadException e) {
            throw new WorkloadException(name + ": exited 0, but " + e.getMessage() + ". " + r.tail().describe());
        }
        for (Measurement m : measured) {
            Measurement.Window w = m.window();
            if (w != null && (w.loadStarted().isBefore(began.minus(SLACK)) || w.loadEnded().isAfter(exited.plus(SLACK)))) {
                throw new WorkloadException(name + ": metric " + m.metric() + " reports a window (" + w.started() + " to "
                        + w.ended() + (w.loadStarted().equals(w.started()) && w.loadEnded().equals(w.ended()) ? ""
                        : ", load " + w.loadStarted() + " to " + w.loadEnded()) + ") outside its execution (" + began
                        + " to " + exited + "): started and ended must be epoch seconds of this execution's wall clock"
                        + " (time.time())");
            }
        }
        return measured;
    }

    /** The run and card it measures for, as its scratch folder names them ("r1/card0"). */
    private String run() {
        return workDir.resolve("scratch").relativize(scratch).toString();
    }

    /**
     * Its uploaded files, each against the SHA-256 the controller computed before sending them; and, for a command in
     * a container, that the instance has the runtime.
     */
    @Override
    public Verification verify() throws WorkloadException {
        if (command.container() != null) {
            ContainerRun.of(command.container(), run(), OnPath::has);
        }
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
