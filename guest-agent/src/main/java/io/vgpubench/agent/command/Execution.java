package io.vgpubench.agent.command;

import io.vgpubench.agent.backend.WorkloadException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One execution of a command: started with {@code setsid}, so it and everything it starts form one process
 * group, which is what a time limit (or the run's end) kills, SIGTERM then SIGKILL; standard output and error
 * read together, line by line (a line cut at {@value #MAX_LINE} bytes), each line given to the metric reader
 * and to a bounded tail. Whatever of the group is still there after the command exits is killed as well.
 */
final class Execution {
    static final int MAX_LINE = 64 * 1024;
    static final Duration GRACE = Duration.ofSeconds(3);
    private static final boolean SETSID = OnPath.has("setsid");

    /** How one execution ended. */
    record Result(int exitCode, boolean timedOut, OutputTail tail, WorkloadException badOutput) {}

    interface LineSink {
        void line(String line) throws WorkloadException;
    }

    private Execution() {}

    /** @param runFolder where the agent works: the command's process group is listed there while it runs */
    static Result run(List<String> argv, Map<String, String> env, Path dir, Duration limit, LineSink sink, Path runFolder)
            throws WorkloadException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (SETSID) {
            cmd.add("setsid");
        }
        cmd.addAll(argv);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        Process p;
        LiveGroups.arm();
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new WorkloadException("cannot start " + argv.get(0) + " in " + dir + ": " + e.getMessage(), e);
        }
        if (SETSID) {
            LiveGroups.add(p.pid(), runFolder);
        }
        OutputTail tail = new OutputTail();
        WorkloadException[] bad = {null};
        Thread reader = new Thread(() -> read(p.getInputStream(), tail, sink, bad), "command-output");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean ended = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                stop(p);
            } else {
                killGroup(p, "KILL"); // what it left running in the background goes too
            }
            reader.join(GRACE.toMillis());
            return new Result(ended ? p.exitValue() : -1, !ended, tail, bad[0]);
        } catch (InterruptedException e) {
            stop(p);
            throw e;
        } finally {
            if (SETSID) {
                LiveGroups.remove(p.pid());
            }
        }
    }

    /** SIGTERM to the group, a grace period, then SIGKILL. */
    private static void stop(Process p) throws InterruptedException {
        killGroup(p, "TERM");
        if (!p.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            killGroup(p, "KILL");
            p.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
        killGroup(p, "KILL");
    }

    private static void killGroup(Process p, String signal) {
        if (!SETSID) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return;
        }
        try {
            Process k = new ProcessBuilder("kill", "-" + signal, "--", "-" + p.pid())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            k.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            p.destroyForcibly();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void read(InputStream raw, OutputTail tail, LineSink sink, WorkloadException[] bad) {
        try (InputStream in = new BufferedInputStream(raw)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    deliver(line, tail, sink, bad);
                } else if (line.size() < MAX_LINE) {
                    line.write(b);
                }
            }
            if (line.size() > 0) {
                deliver(line, tail, sink, bad);
            }
        } catch (IOException e) {
            tail.add("[output unreadable: " + e.getMessage() + "]");
        }
    }

    private static void deliver(ByteArrayOutputStream line, OutputTail tail, LineSink sink, WorkloadException[] bad) {
        String s = line.toString(StandardCharsets.UTF_8);
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        line.reset();
        tail.add(s);
        if (bad[0] == null) {
            try {
                sink.line(s);
            } catch (WorkloadException e) {
                bad[0] = e;
            }
        }
    }
}
