package io.vgpubench.agent.command;

import io.vgpubench.agent.backend.WorkloadException;
import io.vgpubench.contract.spec.CommandSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A command run in a container image, one container an execution: what to execute so the runtime starts it with the
 * agent's folder and the command's files mounted at their own paths, started in the folder of its files, with every variable the agent gives a
 * command passed through by name ({@code -e NAME}: values never on a command line) and, on the CUDA backend, the
 * instance's GPUs ({@code CUDA_VISIBLE_DEVICES} then picks the card, as outside). Docker and Podman run a container
 * apart from the process that started it, so a container that outlives its execution (a time limit, the agent
 * stopped) is killed by its name; Apptainer runs inside the execution's own process group.
 *
 * @param runtime docker, podman or apptainer, as found on PATH
 * @param name    the container's name (Docker and Podman)
 */
record ContainerRun(String runtime, String image, String name) {
    private static final AtomicLong SEQ = new AtomicLong();

    /** The container for one execution of {@code run}: the runtime the spec names, or the first the instance has. */
    static ContainerRun of(CommandSpec.Container c, String run, Predicate<String> onPath) throws WorkloadException {
        String runtime = c.runtime();
        if (runtime == null) {
            runtime = CommandSpec.Container.RUNTIMES.stream().filter(onPath).findFirst().orElseThrow(() ->
                    new WorkloadException("the command runs in the container image " + c.image() + ", but this instance"
                            + " has none of " + CommandSpec.Container.RUNTIMES + " on its PATH"));
        } else if (!onPath.test(runtime)) {
            throw new WorkloadException("the command runs in the container image " + c.image() + " through " + runtime
                    + ", which is not on this instance's PATH");
        }
        String safe = run.replaceAll("[^A-Za-z0-9_.-]", "-");
        return new ContainerRun(runtime, c.image(), "vgpubench-" + safe + "-" + ProcessHandle.current().pid() + "-"
                + SEQ.incrementAndGet());
    }

    /**
     * What to execute to run {@code argv} in the container, in {@code dir}, with {@code workDir} (the agent's folder:
     * the scratch folders) and {@code dir} (the command's files, which may lie beside it) mounted where they are.
     */
    List<String> argv(List<String> argv, Map<String, String> env, Path workDir, Path dir, boolean gpu) {
        List<String> cmd = new ArrayList<>();
        List<String> mounts = new ArrayList<>(List.of(workDir.toAbsolutePath().normalize().toString()));
        Path files = dir.toAbsolutePath().normalize();
        if (!files.startsWith(workDir.toAbsolutePath().normalize())) {
            mounts.add(files.toString());
        }
        if (runtime.equals("apptainer")) {
            cmd.addAll(List.of("apptainer", "exec"));
            if (gpu) {
                cmd.add("--nv");
            }
            for (String m : mounts) {
                cmd.addAll(List.of("--bind", m + ":" + m));
            }
            cmd.addAll(List.of("--pwd", files.toString(), image));
            cmd.addAll(argv); // Apptainer passes the environment it is started with into the container
            return cmd;
        }
        cmd.addAll(List.of(runtime, "run", "--rm", "--name", name, "--network", "host", "--ipc", "host"));
        for (String m : mounts) {
            cmd.addAll(List.of("-v", m + ":" + m));
        }
        cmd.addAll(List.of("-w", files.toString()));
        if (gpu) {
            cmd.addAll(runtime.equals("docker") ? List.of("--gpus", "all") : List.of("--device", "nvidia.com/gpu=all"));
        }
        for (String k : env.keySet()) {
            cmd.addAll(List.of("-e", k));
        }
        cmd.add(image);
        cmd.addAll(argv);
        return cmd;
    }

    /** Removes the container if it is still there (Docker, Podman): after a time limit, or when the agent stops. */
    void remove(Map<String, String> env) {
        if (runtime.equals("apptainer")) {
            return;
        }
        for (String verb : List.of("kill", "rm")) {
            try {
                ProcessBuilder pb = new ProcessBuilder(verb.equals("rm") ? List.of(runtime, "rm", "-f", name)
                        : List.of(runtime, verb, name)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().putAll(env); // the runtime's own settings, where the command's env gives them
                Process p = pb.start();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (IOException e) {
                return; // the runtime went away: nothing of it is left to remove
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
