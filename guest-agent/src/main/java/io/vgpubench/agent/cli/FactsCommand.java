package io.vgpubench.agent.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.vgpubench.agent.backend.Backend;
import io.vgpubench.agent.run.NoBackendException;
import io.vgpubench.agent.sample.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code facts}: the chosen backend's device facts as JSON. */
@Command(name = "facts", description = "Print the device facts of the chosen backend as JSON.")
public final class FactsCommand implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin BackendOption backend;

    @Override
    public Integer call() throws IOException {
        try (Backend opened = backend.open("auto", 1.0, command.commandLine().getErr()::println)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("backend", opened.name());
            out.put("device", opened.facts());
            print(command, out);
            return AgentExit.OK;
        } catch (NoBackendException e) {
            command.commandLine().getErr().println(e.getMessage());
            return AgentExit.NO_BACKEND;
        }
    }

    static void print(CommandSpec command, Object value) throws IOException {
        command.commandLine().getOut().println(Json.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        command.commandLine().getOut().flush();
    }
}
