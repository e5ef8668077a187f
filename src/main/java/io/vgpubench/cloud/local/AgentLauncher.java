package io.vgpubench.cloud.local;

/**
 * The shell wrapper that starts one agent run detached and leaves its traces: the wrapper's PID
 * (its process group, under setsid), the agent's stderr, and its exit code once it ends.
 */
final class AgentLauncher {
    private AgentLauncher() {}

    static String script(String agent, String spec, LocalAgentHost.RunFiles f) {
        return "echo $$ > " + q(f.pid() + ".tmp") + " && mv " + q(f.pid() + ".tmp") + " " + q(f.pid().toString()) + "; "
                + q(agent) + " run --spec " + q(spec) + " --out " + q(f.events().toString())
                + " --start-file " + q(f.start().toString())
                + " 2>> " + q(f.log().toString()) + " </dev/null; "
                + "echo $? > " + q(f.exit() + ".tmp") + " && mv " + q(f.exit() + ".tmp") + " " + q(f.exit().toString());
    }

    /** Single-quotes a word for sh. */
    static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
