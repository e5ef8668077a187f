package io.vgpubench.agenthost;

import static io.vgpubench.agenthost.Shell.quote;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The shell scripts of the detached-run protocol (POSIX sh, run in the host's working folder). The agent
 * runs under a wrapper started with {@code nohup setsid}, so neither a dropped connection nor a stopped
 * controller ends it; the agent itself is started with {@code setsid} too, so its PID names its process
 * group, which is what a stop signals. Waits are loops of {@value #STEP_MILLIS} ms sleeps.
 */
final class RunScripts {
    private static final int STEP_MILLIS = 100;
    private static final long GRACE_STEPS = RunProtocol.GRACE.toMillis() / STEP_MILLIS;

    /** live PID: the process runs (a zombie, which a reparented process of a non-reaping init becomes, does not). */
    private static final String LIVE = "live() { kill -0 \"$1\" 2>/dev/null || return 1; [ -d /proc/self ] || return 0;"
            + " { read -r s < /proc/\"$1\"/stat; } 2>/dev/null || return 1; s=${s##*) }; [ \"${s%% *}\" != Z ]; }\n";
    /** group_live PGID: a process of the group runs (zombies do not count). */
    private static final String GROUP_LIVE = "group_live() { kill -0 -\"$1\" 2>/dev/null || return 1;"
            + " [ -d /proc/self ] || return 0; for f in /proc/[0-9]*/stat; do"
            + " { read -r s < \"$f\"; } 2>/dev/null || continue; s=${s##*) }; t=${s%% *}; s=${s#* }; s=${s#* };"
            + " [ \"${s%% *}\" = \"$1\" ] && [ \"$t\" != Z ] && return 0; done; return 1; }\n";
    /** stopped DIR: the agent's group is gone and its exit code recorded (or its wrapper is gone as well). */
    private static final String STOPPED = LIVE + GROUP_LIVE
            + "stopped() { g=$(cat \"$1/agent.pid\" 2>/dev/null) || return 0; group_live \"$g\" && return 1;"
            + " [ -f \"$1/run.exit\" ] && return 0; w=$(cat \"$1/run.pid\" 2>/dev/null) || return 0; ! live \"$w\"; }\n"
            + "await_stopped() { i=0; left=$*; while [ -n \"$left\" ] && [ $i -lt " + GRACE_STEPS + " ]; do"
            + " sleep " + STEP_MILLIS / 1000.0 + "; i=$((i+1)); still=; for d in $left; do stopped \"$d\" || still=\"$still $d\";"
            + " done; left=$still; done; }\n";

    /**
     * Inside a loop over run folders {@code $d}: signals the process groups of the user's commands the agent listed
     * as running ({@code command.groups}: each command runs in a session of its own, out of the agent's group).
     */
    private static final String COMMAND_GROUPS = "  for c in $(cat \"$d/command.groups\" 2>/dev/null); do"
            + " kill -SIG -\"$c\" 2>/dev/null; done\n";

    private RunScripts() {}

    /** Creates the run folder; fails if a run was started under its key (a folder left without one is reused). */
    static String prepare(RunFolder run) {
        return "if [ -e " + quote(run.dir() + "/run.pid") + " ]; then echo 'run folder exists' >&2; exit 17; fi;"
                + " umask 077; mkdir -p " + quote(run.dir());
    }

    /** The share of the host's memory that all agents of one instance may take together, in percent. */
    static final double AGENTS_MEMORY_PERCENT = 50.0;

    /**
     * Starts the agent detached, with {@code env} added to its environment, and waits until the wrapper has recorded
     * itself. Does nothing if it has. Each of the {@code tasks} agents on the host gets its share of
     * {@link #AGENTS_MEMORY_PERCENT} of the host's memory as its heap cap (a JVM sizes itself from all of it
     * otherwise; 64 of them would ask for 16 times the machine); an -Xmx or MaxRAMPercentage of the user's own in
     * VGPU_AGENT_JAVA_OPTS comes after it and wins.
     */
    static String start(RunFolder run, String agent, int tasks, java.util.Map<String, String> env) {
        StringBuilder exports = new StringBuilder();
        new java.util.TreeMap<>(env).forEach((k, v) -> {
            if (!k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not an environment variable name: " + k);
            }
            exports.append("export ").append(k).append('=').append(quote(v)).append("; ");
        });
        String heap = String.format(java.util.Locale.ROOT, "-XX:MaxRAMPercentage=%.2f",
                Math.max(0.5, AGENTS_MEMORY_PERCENT / Math.max(1, tasks)));
        String wrapper = exports + "VGPU_AGENT_JAVA_OPTS=\"" + heap + " ${VGPU_AGENT_JAVA_OPTS:-}\"; export VGPU_AGENT_JAVA_OPTS;"
                + " setsid \"$1\" run --spec " + RunFolder.SPEC + " --out " + RunFolder.EVENTS
                + " --start-file " + RunFolder.START + " > " + RunFolder.LOG + " 2>&1 & echo $! > agent.pid;"
                + " echo $$ > run.pid.tmp; mv run.pid.tmp run.pid; wait $!; echo $? > run.exit.tmp; mv run.exit.tmp run.exit";
        return "agent=" + quote(agent) + "; case $agent in /*) ;; *) agent=$PWD/$agent;; esac\n"
                + "cd " + quote(run.dir()) + " || exit 1\n"
                + "[ -f run.pid ] && exit 0\n"
                + "cat /proc/sys/kernel/random/boot_id > run.boot 2>/dev/null\n"
                + "nohup setsid /bin/sh -c " + quote(wrapper) + " wrapper \"$agent\" > /dev/null 2>&1 < /dev/null &\n"
                + "i=0; while [ ! -f run.pid ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done\n"
                + "[ -f run.pid ]";
    }

    /** Prints one of: running, exited N, missing (never started), rebooted (since it started), vanished. */
    static String status(RunFolder run) {
        String exited = "if [ -f run.exit ]; then echo \"exited $(cat run.exit)\"; exit 0; fi\n";
        return LIVE
                + "cd " + quote(run.dir()) + " 2>/dev/null || { echo missing; exit 0; }\n"
                + exited
                + "[ -f run.pid ] || { echo missing; exit 0; }\n"
                + "b=$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)\n"
                + "if [ -n \"$b\" ] && [ -f run.boot ] && [ \"$(cat run.boot)\" != \"$b\" ]; then echo rebooted; exit 0; fi\n"
                + "if live \"$(cat run.pid)\"; then echo running; exit 0; fi\n"
                + exited
                + "echo vanished";
    }

    /**
     * SIGTERM to the process group of every agent of these runs that has not ended, then a wait of up to
     * {@link RunProtocol#GRACE} for them to end and their exit codes to be recorded. Prints the folders of those that
     * have not, one a line, for {@link #kill}. A controller that dies during the wait leaves them as they are.
     */
    static String term(List<RunFolder> runs) {
        return termIn(words(runs.stream().map(RunFolder::dir).toList()));
    }

    /** As {@link #term} for every run under {@code runs} (teardown). */
    static String termAll(String runs) {
        return termIn(quote(runs) + "/*");
    }

    private static String termIn(String folders) {
        return STOPPED
                + "for d in " + folders + "; do\n" + COMMAND_GROUPS.replace("SIG", "TERM") + "done\n"
                + "left=; for d in " + folders + "; do [ -f \"$d/agent.pid\" ] && [ ! -f \"$d/run.exit\" ] || continue\n"
                + "  g=$(cat \"$d/agent.pid\"); kill -TERM -\"$g\" 2>/dev/null || kill -TERM \"$g\" 2>/dev/null; left=\"$left $d\"\n"
                + "done\n"
                + "await_stopped $left\n"
                + "for d in $left; do echo \"$d\"; done";
    }

    /** SIGKILL to the process groups of these runs' agents; waits up to {@link RunProtocol#GRACE} for their exit codes. */
    static String kill(List<String> folders) {
        return STOPPED
                + "for d in " + words(folders) + "; do g=$(cat \"$d/agent.pid\" 2>/dev/null) && kill -KILL -\"$g\" 2>/dev/null;\n"
                + COMMAND_GROUPS.replace("SIG", "KILL") + "done\n"
                + "await_stopped " + words(folders) + "\n"
                + "exit 0";
    }

    /** The last {@code bytes} of the agent's log; nothing if there is none. */
    static String logTail(RunFolder run, int bytes) {
        return "tail -c " + bytes + " " + quote(run.log()) + " 2>/dev/null || true";
    }

    private static String words(List<String> folders) {
        return folders.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }
}
