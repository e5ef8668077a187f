package io.vgpubench.agent.spec;

import io.vgpubench.contract.spec.CommandSpec;
import io.vgpubench.contract.spec.RunRequest;
import io.vgpubench.contract.spec.RunSpec;
import io.vgpubench.contract.workload.Workloads;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The rules a parsed spec must meet; each failure names the file and the field. */
final class SpecChecks {
    static final Set<String> BACKENDS = Set.of("auto", "cpu", "cuda");

    private SpecChecks() {}

    static void check(String file, RunSpec spec) throws BadSpecException {
        require(file, "campaign", notBlank(spec.campaign()), "must be set");
        require(file, "instance", notBlank(spec.instance()), "must be set");
        require(file, "tasks", spec.tasks() >= 1, "must be at least 1, got " + spec.tasks());
        require(file, "task", spec.task() >= 0 && spec.task() < spec.tasks(),
                "must be in [0, tasks), got " + spec.task() + " with tasks " + spec.tasks());
        require(file, "backend", spec.backend() == null || BACKENDS.contains(spec.backend()),
                "must be auto, cpu or cuda, got '" + spec.backend() + "'");
        require(file, "memory_fraction", spec.memoryFraction() > 0 && spec.memoryFraction() <= 1,
                "must be in (0, 1] (1.0 = no cap), got " + spec.memoryFraction());
        List<RunRequest> runs = spec.runs();
        require(file, "runs", runs != null && !runs.isEmpty(), "must list at least one run");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            checkRun(file, "runs[" + i + "].", runs.get(i), ids);
        }
    }

    private static void checkRun(String file, String at, RunRequest run, Set<String> ids) throws BadSpecException {
        require(file, at.substring(0, at.length() - 1), run != null, "must not be null");
        require(file, at + "run_id", notBlank(run.runId()), "must be set");
        require(file, at + "run_id", ids.add(run.runId()), "'" + run.runId() + "' is used twice");
        if (run.command() != null) {
            checkCommand(file, at, run);
        } else {
            require(file, at + "workload", Workloads.find(run.workload()).isPresent(),
                    "unknown workload '" + run.workload() + "'; known: " + String.join(", ", Workloads.names()));
        }
        require(file, at + "repetitions", run.repetitions() >= 1, "must be at least 1, got " + run.repetitions());
        require(file, at + "warmup", run.warmup() >= 0, "must not be negative, got " + run.warmup());
        require(file, at + "time_limit_seconds", run.timeLimitSeconds() >= 1,
                "must be at least 1 (every run needs a limit), got " + run.timeLimitSeconds());
        try {
            DeviceChoice.parse(run.devices());
        } catch (IllegalArgumentException e) {
            require(file, at + "devices", false, e.getMessage());
        }
    }

    /** A command's name is its own (never a built-in's), its files folder relative, its patterns valid. */
    private static void checkCommand(String file, String at, RunRequest run) throws BadSpecException {
        require(file, at + "workload", notBlank(run.workload()) && Workloads.find(run.workload()).isEmpty(),
                "a command needs a name of its own, not '" + run.workload() + "'");
        CommandSpec c = run.command();
        require(file, at + "command.files", c.files() == null || !Path.of(c.files()).isAbsolute(),
                "must be relative to the run folder, got '" + c.files() + "'");
        for (int i = 0; i < c.patterns().size(); i++) {
            try {
                Pattern.compile(c.patterns().get(i).regex());
            } catch (PatternSyntaxException e) {
                require(file, at + "command.patterns[" + i + "].regex", false, e.getDescription());
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(String file, String field, boolean ok, String problem) throws BadSpecException {
        if (!ok) {
            throw new BadSpecException(file + ", field " + field + ": " + problem);
        }
    }
}
