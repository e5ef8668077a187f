package io.vgpubench.agenthost;

import java.util.regex.Pattern;

/**
 * One run's folder on a host, {@code <runs>/<key>/}: the spec it runs, the events the agent writes, the
 * agent's log (stdout and stderr), the start signal, and the wrapper's traces: its own PID ({@code run.pid},
 * written last, so a run with one has all the rest), the agent's ({@code agent.pid}, which is also its
 * process group), the boot it started in ({@code run.boot}) and the agent's exit code ({@code run.exit}).
 */
record RunFolder(String dir) {
    private static final Pattern RUN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    static final String SPEC = "spec.json";
    static final String EVENTS = "events.jsonl";
    static final String LOG = "agent.log";
    static final String START = "start";

    static RunFolder of(String runs, String key) {
        if (!RUN_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a run key (letters, digits, . _ -): " + key);
        }
        return new RunFolder(runs + "/" + key);
    }

    String spec() {
        return dir + "/" + SPEC;
    }

    String events() {
        return dir + "/" + EVENTS;
    }

    String log() {
        return dir + "/" + LOG;
    }

    String start() {
        return dir + "/" + START;
    }
}
