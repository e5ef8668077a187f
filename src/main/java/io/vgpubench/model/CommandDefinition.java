package io.vgpubench.model;

import io.vgpubench.agenthost.FileSet;
import io.vgpubench.contract.spec.CommandSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A playbook's own benchmark (a workload with {@code command:}): what to run, its environment, its files, how its
 * metrics are read (JSON lines when {@code patterns} is empty), how long one execution may take (null: the
 * playbook's {@code time_limit}) and how long it takes to start before it can time its window ({@code startup},
 * null: not given, the command is timed as a whole execution), and the container image it runs in (null: on the
 * instance itself).
 */
public record CommandDefinition(List<String> argv, Map<String, String> env, FileSet files,
                                List<CommandSpec.MetricPattern> patterns, List<String> expect, Duration timeLimit,
                                Duration startup, CommandSpec.Container container) {
    public CommandDefinition {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        patterns = List.copyOf(patterns);
        expect = List.copyOf(expect);
    }

    public CommandDefinition(List<String> argv, Map<String, String> env, FileSet files,
                             List<CommandSpec.MetricPattern> patterns, List<String> expect, Duration timeLimit) {
        this(argv, env, files, patterns, expect, timeLimit, null, null);
    }

    public CommandDefinition(List<String> argv, Map<String, String> env, FileSet files,
                             List<CommandSpec.MetricPattern> patterns, List<String> expect, Duration timeLimit,
                             Duration startup) {
        this(argv, env, files, patterns, expect, timeLimit, startup, null);
    }

    /** The metric names it is known to report, or empty when any (JSON lines without {@code expect}). */
    public List<String> knownMetrics() {
        return patterns.isEmpty() ? expect : patterns.stream().map(CommandSpec.MetricPattern::metric).distinct().toList();
    }

    /** What the agent is given, its files in {@code filesFromRun} (relative to the run folder). */
    public CommandSpec toSpec(String filesFromRun, Duration playbookTimeLimit) {
        Duration limit = timeLimit == null ? playbookTimeLimit : timeLimit;
        return new CommandSpec(argv, env, files == null ? null : filesFromRun, files == null ? Map.of() : files.sha256(),
                patterns, expect, (int) Math.max(1, Math.min(Integer.MAX_VALUE, limit.toSeconds())),
                startup == null ? null : startup.toMillis(), container);
    }
}
