package io.vgpubench.agent.cli;

import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.run.NoBackendException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code workloads}: the chosen backend's workloads and their default parameters, as JSON. */
@Command(name = "workloads", description = "List the chosen backend's workloads and their default parameters as JSON.")
public final class WorkloadsCommand implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin BackendOption backend;

    @Override
    public Integer call() throws IOException {
        try (Backend opened = backend.open("auto", 1.0, command.commandLine().getErr()::println)) {
            Map<String, Object> workloads = new LinkedHashMap<>();
            for (String name : opened.workloads()) {
                workloads.put(name, new TreeMap<>(opened.defaults(name)));
            }
            FactsCommand.print(command, Map.of("backend", opened.name(), "workloads", workloads));
            return AgentExit.OK;
        } catch (NoBackendException e) {
            command.commandLine().getErr().println(e.getMessage());
            return AgentExit.NO_BACKEND;
        }
    }
}
