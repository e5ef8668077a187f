package io.vgpubench.agent.command;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the agent tells every command, on top of the command's own {@code env}: the card it may use
 * ({@code CUDA_VISIBLE_DEVICES}, on the CUDA backend: the card's entry of the agent's own list when the agent was
 * given one), the memory cap as a fraction ({@code VGPUBENCH_MEMORY_FRACTION}, and JAX's
 * {@code XLA_PYTHON_CLIENT_MEM_FRACTION}), the task and task count, the run, the backend, the folder of its files,
 * a scratch folder, and each parameter as {@code VGPUBENCH_PARAM_<NAME>}.
 */
public record CommandEnvironment(Map<String, String> values) {
    public CommandEnvironment {
        values = Map.copyOf(values);
    }

    public static CommandEnvironment of(String backend, int card, double memoryFraction, int task, int tasks,
                                        String runId, Map<String, String> parameters, Map<String, String> own) {
        Map<String, String> v = new LinkedHashMap<>(own);
        if ("cuda".equals(backend)) {
            v.put("CUDA_VISIBLE_DEVICES", visibleDevice(System.getenv("CUDA_VISIBLE_DEVICES"), card));
        }
        String fraction = Double.toString(memoryFraction);
        v.put("VGPUBENCH_MEMORY_FRACTION", fraction);
        v.put("XLA_PYTHON_CLIENT_MEM_FRACTION", fraction);
        v.put("VGPUBENCH_TASK", Integer.toString(task));
        v.put("VGPUBENCH_TASKS", Integer.toString(tasks));
        v.put("VGPUBENCH_RUN_ID", runId);
        v.put("VGPUBENCH_BACKEND", backend);
        parameters.forEach((k, val) -> v.put("VGPUBENCH_PARAM_" + k.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), val));
        return new CommandEnvironment(v);
    }

    /** Card {@code card} as the command must name it: its entry in the agent's own list, if it was given one. */
    static String visibleDevice(String agentList, int card) {
        if (agentList == null || agentList.isBlank()) {
            return Integer.toString(card);
        }
        String[] ids = agentList.split(",");
        return card < ids.length ? ids[card].strip() : Integer.toString(card);
    }

    Map<String, String> with(Path files, Path scratch) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put("VGPUBENCH_FILES", files.toAbsolutePath().toString());
        v.put("VGPUBENCH_SCRATCH", scratch.toAbsolutePath().toString());
        return v;
    }
}
