package io.vgpubench.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in agent bundle for fault injection: a shell script that speaks the agent's protocol
 * (says ready and waits for the start file when the spec asks for a start signal, reads the spec's
 * run ids, writes one sample per run) and misbehaves on demand (crashes, hangs),
 * which the real agent will not do when asked. Laid out as the build lays out the real bundle.
 */
public final class FakeAgent {
    private FakeAgent() {}

    /** Runs normally. */
    public static final String NORMAL = "";
    /** Killed by SIGKILL after its second run. */
    public static final String CRASH_AFTER_TWO = "[ \"$n\" -ge 2 ] && kill -9 $$";
    /** Stops writing anything after its first run and never exits. */
    public static final String HANG_AFTER_ONE = "[ \"$n\" -ge 1 ] && sleep 1000";
    /** As {@link #HANG_AFTER_ONE}, and ignores SIGTERM (so do its children): only SIGKILL ends it. */
    public static final String IGNORE_TERM_AND_HANG_AFTER_ONE = "trap '' TERM; " + HANG_AFTER_ONE;

    /** The first instance of a flavor takes 2 s longer than the others to get ready (a slow JVM or CUDA start). */
    public static final String SLOW_READY_ON_FIRST = "case \"$inst\" in *-1) sleep 2;; esac";

    /** Creates a vgpubench home under {@code home} whose agent bundle behaves as {@code hook} says. */
    public static Path home(Path home, String hook) throws IOException {
        return home(home, hook, "");
    }

    /** The first instance of a flavor takes 2 s longer to deploy (its {@code --version} check is slow). */
    public static final String SLOW_DEPLOY_ON_FIRST = "case \"$0\" in *-1/agent/*) sleep 2;; esac";

    /** As {@link #home(Path, String)}, with {@code beforeReady} run before the agent says ready. */
    public static Path home(Path home, String hook, String beforeReady) throws IOException {
        return home(home, hook, beforeReady, "");
    }

    /** As {@link #home(Path, String, String)}, with {@code onVersion} run when deploying checks the agent. */
    public static Path home(Path home, String hook, String beforeReady, String onVersion) throws IOException {
        Path target = home.resolve("guest-agent/target");
        Path bin = target.resolve("bundle/vgpubench-agent/bin");
        Files.createDirectories(bin);
        Path agent = bin.resolve("vgpu-agent");
        Files.writeString(agent, script(hook, beforeReady, onVersion));
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(target.resolve("bundle/vgpubench-agent/VERSION"), "fake\n");
        Files.writeString(target.resolve("vgpubench-agent-bundle.tar.gz"), "fake bundle " + (hook + beforeReady + onVersion).hashCode());
        return home;
    }

    private static String script(String hook, String beforeReady, String onVersion) {
        return """
                #!/bin/sh
                if [ "$1" = "--version" ]; then %s
                  echo "vgpubench-agent fake"; exit 0; fi
                spec=$3; out=$5; start=$7
                inst=$(sed -n 's/.*"instance" *: *"\\([^"]*\\)".*/\\1/p' "$spec" | head -1)
                %s
                if grep -q '"start_signal" *: *true' "$spec"; then
                  echo '{"type":"ready"}' >> "$out"
                  while [ ! -f "$start" ]; do sleep 0.01; done
                fi
                flavor=$(sed -n 's/.*"flavor" *: *"\\([^"]*\\)".*/\\1/p' "$spec" | head -1)
                task=$(sed -n 's/.*"task" *: *\\([0-9]*\\).*/\\1/p' "$spec" | head -1)
                tasks=$(sed -n 's/.*"tasks" *: *\\([0-9]*\\).*/\\1/p' "$spec" | head -1)
                n=0
                for r in $(sed -n 's/.*"run_id" *: *"\\([^"]*\\)".*/\\1/p' "$spec"); do
                  %s
                  echo "{\\"type\\":\\"run_started\\",\\"run_id\\":\\"$r\\"}" >> "$out"
                  echo "{\\"type\\":\\"sample\\",\\"campaign\\":\\"c\\",\\"instance\\":\\"$inst\\",\\"flavor\\":\\"$flavor\\",\\"run_id\\":\\"$r\\",\\"workload\\":\\"gemm\\",\\"parameters\\":{},\\"repetition\\":1,\\"task\\":$task,\\"tasks\\":$tasks,\\"metric\\":\\"tflops\\",\\"started_at\\":\\"$(date -u +%%Y-%%m-%%dT%%H:%%M:%%S.%%NZ)\\",\\"value\\":1.5,\\"unit\\":\\"TFLOP/s\\",\\"higher_is_better\\":true}" >> "$out"
                  echo "{\\"type\\":\\"run_done\\",\\"run_id\\":\\"$r\\"}" >> "$out"
                  n=$((n+1))
                done
                echo '{"type":"agent_done"}' >> "$out"
                """.formatted(onVersion, beforeReady, hook);
    }
}
