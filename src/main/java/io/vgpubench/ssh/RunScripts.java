package io.vgpubench.ssh;

import static io.vgpubench.ssh.Shell.quote;

/**
 * The shell scripts that control one detached agent run in its run folder. The agent runs under a
 * wrapper in its own session ({@code nohup setsid}), so a dropped SSH connection does not end it; the
 * wrapper records the agent's PID ({@code agent.pid}), its own ({@code run.pid}), the boot it started
 * in ({@code run.boot}) and, at the end, the exit code ({@code run.exit}).
 */
final class RunScripts {
    static final String EVENTS = "events.jsonl";
    static final String SPEC = "spec.json";
    static final String LOG = "agent.log";
    static final String START = "start";

    private RunScripts() {}

    /** Creates the run folder; fails if a run was started under the key (a folder left without one is reused). */
    static String prepare(String runDir) {
        return "if [ -e " + quote(runDir + "/run.pid") + " ]; then echo 'run folder exists' >&2; exit 17; fi; umask 077;"
                + " mkdir -p " + quote(runDir);
    }

    /** Starts the agent detached and waits until the wrapper has recorded itself. Idempotent. */
    static String start(String runDir) {
        String wrapper = "../../vgpubench-agent/bin/vgpu-agent run --spec " + SPEC + " --out " + EVENTS + " --start-file " + START
                + " > " + LOG + " 2>&1 & echo $! > agent.pid; echo $$ > run.pid.tmp; mv run.pid.tmp run.pid;"
                + " wait $!; echo $? > run.exit.tmp; mv run.exit.tmp run.exit";
        return "cd " + quote(runDir) + " || exit 1\n"
                + "[ -f run.pid ] && exit 0\n"
                + "cat /proc/sys/kernel/random/boot_id > run.boot 2>/dev/null\n"
                + "nohup setsid /bin/sh -c " + quote(wrapper) + " > /dev/null 2>&1 < /dev/null &\n"
                + "i=0; while [ ! -f run.pid ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done\n"
                + "[ -f run.pid ]";
    }

    /** Writes the start signal (an instant) where the agent looks for it, atomically by rename. */
    static String release(String runDir, java.time.Instant start) {
        return "cd " + quote(runDir) + " || exit 1\n"
                + "printf '%s\\n' " + quote(start.toString()) + " > " + START + ".tmp && mv " + START + ".tmp " + START;
    }

    /** Prints one of: running, exited N, missing, rebooted, vanished. */
    static String status(String runDir) {
        String exited = "if [ -f run.exit ]; then echo \"exited $(cat run.exit)\"; exit 0; fi\n";
        return "cd " + quote(runDir) + " 2>/dev/null || { echo missing; exit 0; }\n"
                + exited
                + "[ -f run.pid ] || { echo missing; exit 0; }\n"
                + "if [ -f run.boot ] && [ -r /proc/sys/kernel/random/boot_id ]"
                + " && [ \"$(cat run.boot)\" != \"$(cat /proc/sys/kernel/random/boot_id)\" ]; then echo rebooted; exit 0; fi\n"
                + "if kill -0 \"$(cat run.pid)\" 2>/dev/null; then echo running; exit 0; fi\n"
                + exited
                + "echo vanished";
    }

    /** TERM, then KILL after 5 s; waits (up to 5 s) for the wrapper to record the exit code. */
    static String kill(String runDir) {
        return "cd " + quote(runDir) + " 2>/dev/null || exit 0\n"
                + "[ -f run.exit ] && exit 0\n"
                + "p=$(cat agent.pid 2>/dev/null) || exit 0\n"
                + "kill -TERM \"$p\" 2>/dev/null\n"
                + "i=0; while kill -0 \"$p\" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done\n"
                + "kill -KILL \"$p\" 2>/dev/null\n"
                + "i=0; while [ ! -f run.exit ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done\n"
                + "exit 0";
    }

    static String logTail(String runDir, int bytes) {
        return "tail -c " + bytes + " " + quote(runDir + "/" + LOG) + " 2>/dev/null || true";
    }

    /** Kills every agent of the campaign still running, then removes its folder (and .vgpubench if empty). */
    static String cleanup(String campaignDir) {
        return "for f in " + quote(campaignDir) + "/runs/*/agent.pid; do [ -f \"$f\" ] && kill -KILL \"$(cat \"$f\")\""
                + " 2>/dev/null; done\n"
                + "rm -rf " + quote(campaignDir) + "\n"
                + "rmdir " + RemoteLayout.ROOT + " 2>/dev/null; exit 0";
    }
}
