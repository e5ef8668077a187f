package io.vgpubench.model;

import io.vgpubench.agenthost.FileSet;
import io.vgpubench.contract.spec.CommandSpec;
import io.vgpubench.contract.workload.Workloads;
import io.vgpubench.model.yaml.Node;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a workload's {@code command:} (the user's own benchmark):
 * <pre>
 * - name: resnet50-infer                  # its name in every table; not one of the built-in workloads'
 *   parameters: {batch: 64}               # given to it as VGPUBENCH_PARAM_BATCH, and in every sample
 *   repetition_time: 20s                  # its measuring time in a slot; about twice its run time
 *   command:
 *     run: python3 resnet50_infer.py      # a shell line (sh -c), or a list: the argv itself
 *     files: workloads/                   # a folder or file beside the playbook, uploaded, checksummed
 *     env: {OMP_NUM_THREADS: "8"}
 *     metrics: json                       # JSON lines (the default), or a list of patterns:
 *     #  - {metric: images_per_second, regex: 'throughput: (\S+)', unit: images/s, higher_is_better: true}
 *     expect: [images_per_second]         # JSON metrics every execution must print
 *     time_limit: 10m                     # one execution's limit (the playbook's time_limit otherwise)
 *     startup: 15s                        # it times its own window (VGPUBENCH_MEASURE_AT ...), after up to this
 *                                         # much start-up: each timed execution starts that long before it
 *     image: nvcr.io/nvidia/pytorch:24.05-py3   # each execution in a container of this image
 *     runtime: podman                     # docker, podman or apptainer (default: the first the instance has)
 * </pre>
 */
final class CommandReader {
    private static final Set<String> KEYS = Set.of("run", "files", "env", "metrics", "expect", "time_limit",
            "startup", "image", "runtime");
    private static final Set<String> PATTERN_KEYS = Set.of("metric", "regex", "unit", "higher_is_better");
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** What the agent sets for every command; a playbook may not set them itself. */
    private static final Set<String> RESERVED = Set.of("CUDA_VISIBLE_DEVICES", "XLA_PYTHON_CLIENT_MEM_FRACTION");

    private CommandReader() {}

    /** Checks the name a command is given; reports and returns false when it cannot be one. */
    static boolean name(Node nameNode, String name) {
        if (!NAME.matcher(name).matches()) {
            nameNode.problem("a command's name must be 1-64 letters, digits, '.', '_' or '-' (starting with a letter or"
                    + " digit), got '" + name + "'");
            return false;
        }
        if (Workloads.find(name).isPresent()) {
            nameNode.problem("'" + name + "' is a built-in workload; give your command a name of its own");
            return false;
        }
        return true;
    }

    /** The command, or null after reporting what is wrong with it. */
    static CommandDefinition read(Node c, Path dir) {
        if (!c.isMapping(KEYS)) {
            return null;
        }
        boolean ok = true;
        List<String> argv = c.required("run").map(CommandReader::argv).orElse(null);
        ok &= argv != null;
        FileSet files = null;
        if (c.optional("files").isPresent()) {
            Node f = c.field("files");
            String p = f.text();
            if (p == null) {
                ok = false;
            } else {
                try {
                    files = FileSet.of(dir.resolve(p).normalize());
                } catch (IOException e) {
                    f.problem("cannot take the command's files: " + e.getMessage());
                    ok = false;
                }
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : c.optional("env").map(Node::entries).orElse(Map.of()).entrySet()) {
            String k = e.getKey();
            String v = e.getValue().scalar();
            if (!ENV_NAME.matcher(k).matches()) {
                e.getValue().problem("'" + k + "' is not an environment variable name");
                ok = false;
            } else if (k.startsWith("VGPUBENCH_") || RESERVED.contains(k)) {
                e.getValue().problem(k + " is set by the agent for every command (the card, the memory cap, the task);"
                        + " it cannot be set here");
                ok = false;
            } else if (v == null) {
                ok = false;
            } else {
                env.put(k, v);
            }
        }
        List<CommandSpec.MetricPattern> patterns = c.optional("metrics").map(CommandReader::metrics).orElse(List.of());
        ok &= patterns != null;
        List<String> expect = new ArrayList<>();
        for (Node n : c.optional("expect").map(Node::elements).orElse(List.of())) {
            String m = n.text();
            ok &= m != null;
            if (m != null) {
                expect.add(m);
            }
        }
        if (!expect.isEmpty() && patterns != null && !patterns.isEmpty()) {
            c.field("expect").problem("expect names JSON metrics; with patterns, every pattern's metric is expected");
            ok = false;
        }
        Duration limit = c.optional("time_limit").map(Durations::read).orElse(null);
        Duration startup = c.optional("startup").map(Durations::read).orElse(null);
        ok &= c.optional("startup").isEmpty() || startup != null;
        CommandSpec.Container container = null;
        String image = c.optional("image").map(Node::text).orElse(null);
        String runtime = c.optional("runtime").map(Node::text).orElse(null);
        if (c.optional("image").isPresent() && image == null || c.optional("runtime").isPresent() && runtime == null) {
            ok = false;
        } else if (runtime != null && !CommandSpec.Container.RUNTIMES.contains(runtime)) {
            c.field("runtime").problem("must be one of " + String.join(", ", CommandSpec.Container.RUNTIMES) + ", not '"
                    + runtime + "'");
            ok = false;
        } else if (runtime != null && image == null) {
            c.field("runtime").problem("names the runtime of a container image; give the image too (image:)");
            ok = false;
        } else if (image != null) {
            try {
                container = new CommandSpec.Container(image, runtime);
            } catch (IllegalArgumentException e) {
                c.field("image").problem(e.getMessage());
                ok = false;
            }
        }
        return ok ? new CommandDefinition(argv, env, files, patterns, expect, limit, startup, container) : null;
    }

    private static List<String> argv(Node run) {
        if (!run.isList()) {
            String line = run.text();
            if (line == null || line.isBlank()) {
                if (line != null) {
                    run.problem("must not be empty");
                }
                return null;
            }
            return List.of("/bin/sh", "-c", line);
        }
        List<String> argv = new ArrayList<>();
        for (Node w : run.elements()) {
            String s = w.scalar();
            if (s == null) {
                return null;
            }
            argv.add(s);
        }
        if (argv.isEmpty()) {
            run.problem("must name something to run");
            return null;
        }
        return argv;
    }

    /** "json", or a list of patterns; null after a problem. */
    private static List<CommandSpec.MetricPattern> metrics(Node m) {
        if (!m.isList()) {
            String w = m.text();
            if (w != null && !w.equals("json")) {
                m.problem("must be json or a list of {metric, regex, unit, higher_is_better}, got '" + w + "'");
            }
            return w != null && w.equals("json") ? List.of() : null;
        }
        List<CommandSpec.MetricPattern> out = new ArrayList<>();
        boolean ok = true;
        for (Node p : m.elements()) {
            if (!p.isMapping(PATTERN_KEYS)) {
                ok = false;
                continue;
            }
            String metric = p.required("metric").map(Node::text).orElse(null);
            String regex = p.required("regex").map(Node::text).orElse(null);
            String unit = p.optional("unit").map(Node::text).orElse("");
            Boolean higher = p.optional("higher_is_better").map(Node::bool).orElse(Boolean.TRUE);
            if (regex != null) {
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    p.field("regex").problem("not a regular expression: " + e.getDescription() + " at index " + e.getIndex());
                    regex = null;
                }
            }
            if (metric == null || regex == null || unit == null || higher == null) {
                ok = false;
            } else {
                out.add(new CommandSpec.MetricPattern(metric, regex, unit, higher));
            }
        }
        return ok ? out : null;
    }
}
