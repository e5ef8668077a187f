package io.vgpubench.contract.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The user's own benchmark, run by the agent as a workload: each repetition (and each warm-up, settle and
 * fill round) is one execution of {@code argv}, in its own process group, in the folder of its uploaded files,
 * with the environment the agent gives every command (card, memory fraction, task, scratch folder) over
 * {@code env}. Its metrics are read from its output: JSON lines ({@code patterns} empty) or the last match of
 * each pattern.
 *
 * @param argv               what to execute, the first word looked up on PATH (a playbook's shell string comes as
 *                           {@code [/bin/sh, -c, string]})
 * @param files              the folder of its uploaded files relative to the run folder the agent works in, or null
 * @param checksums          each uploaded file's SHA-256 by its path inside {@code files}: checked before the first
 *                           execution
 * @param expect             metric names that every execution must report (for JSON lines: at least one metric when
 *                           empty; for patterns: every pattern's metric)
 * @param timeLimitSeconds   the most one execution may take before its process group is killed
 * @param startupMs          how long the command takes from its start before it can time its work (null: not
 *                           given): the agent then starts each timed execution at its slot's start, that long before
 *                           the slot's measuring time (the controller makes the settle that long and more), hands it
 *                           its window ({@code VGPUBENCH_MEASURE_AT} and the rest) and runs no settle or fill
 *                           executions around it: the command loads the card around its own window
 * @param container          the container image every execution runs in, and the runtime that runs it (null: on
 *                           the instance itself)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandSpec(List<String> argv, Map<String, String> env, String files, Map<String, String> checksums,
                          List<MetricPattern> patterns, List<String> expect, int timeLimitSeconds, Long startupMs,
                          Container container) {
    public CommandSpec {
        if (argv == null || argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs something to run (argv is empty)");
        }
        if (timeLimitSeconds <= 0) {
            throw new IllegalArgumentException("a command's time limit must be positive, not " + timeLimitSeconds);
        }
        if (startupMs != null && startupMs <= 0) {
            throw new IllegalArgumentException("a command's start-up time must be positive, not " + startupMs + " ms");
        }
        argv = List.copyOf(argv);
        env = env == null ? Map.of() : Map.copyOf(env);
        checksums = checksums == null ? Map.of() : Map.copyOf(checksums);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        expect = expect == null ? List.of() : List.copyOf(expect);
    }

    /** A command on the instance itself, not in a container. */
    public CommandSpec(List<String> argv, Map<String, String> env, String files, Map<String, String> checksums,
                       List<MetricPattern> patterns, List<String> expect, int timeLimitSeconds, Long startupMs) {
        this(argv, env, files, checksums, patterns, expect, timeLimitSeconds, startupMs, null);
    }

    /** A command without a start-up time: settle and fill executions around each timed one. */
    public CommandSpec(List<String> argv, Map<String, String> env, String files, Map<String, String> checksums,
                       List<MetricPattern> patterns, List<String> expect, int timeLimitSeconds) {
        this(argv, env, files, checksums, patterns, expect, timeLimitSeconds, null, null);
    }

    /** Whether the command times its own window, started at its slot's start ({@link #startupMs} given). */
    public boolean windowed() {
        return startupMs != null;
    }

    /** Whether metrics come as JSON lines ({@code {"metric": ..., "value": ..., "unit": ..., "higher_is_better": ...}}). */
    public boolean jsonLines() {
        return patterns.isEmpty();
    }

    /**
     * A metric read from a command's output by a regular expression: the last line that matches gives the value,
     * the named group {@code value} where the expression has one, else its first group.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MetricPattern(String metric, String regex, String unit, boolean higherIsBetter) {
        public MetricPattern {
            if (metric == null || metric.isBlank() || regex == null || regex.isEmpty()) {
                throw new IllegalArgumentException("a metric pattern needs a metric name and a regex");
            }
            unit = unit == null ? "" : unit;
        }
    }

    /**
     * The container image a command runs in, and the runtime that runs it: {@code docker}, {@code podman} or
     * {@code apptainer}, or null for the first of them the instance has.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Container(String image, String runtime) {
        public static final List<String> RUNTIMES = List.of("docker", "podman", "apptainer");

        public Container {
            if (image == null || image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a container image is a reference without spaces, not '" + image + "'");
            }
            if (runtime != null && !RUNTIMES.contains(runtime)) {
                throw new IllegalArgumentException("a container runtime is one of " + RUNTIMES + ", not '" + runtime + "'");
            }
        }
    }
}
