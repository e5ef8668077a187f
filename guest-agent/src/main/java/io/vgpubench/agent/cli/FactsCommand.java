package io.vgpubench.agent.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.vgpubench.contract.event.DeviceFacts;
import io.vgpubench.agent.run.Cards;
import io.vgpubench.agent.run.NoBackendException;
import io.vgpubench.contract.ContractJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code facts}: the chosen backend's device facts as JSON: card 0's, how many cards it sees, and each card's when several. */
@Command(name = "facts", description = "Print the device facts of the chosen backend as JSON.")
public final class FactsCommand implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin BackendOption backend;

    @Override
    public Integer call() throws IOException {
        try (Cards cards = backend.openCards("auto", 1.0, command.commandLine().getErr()::println)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("backend", cards.first().name());
            out.put("device", cards.first().facts());
            out.put("device_count", cards.count());
            if (cards.count() > 1) {
                List<DeviceFacts> each = new ArrayList<>();
                for (int i = 0; i < cards.count(); i++) {
                    each.add(cards.card(i).facts());
                }
                out.put("cards", each);
            }
            print(command, out);
            return AgentExit.OK;
        } catch (NoBackendException e) {
            command.commandLine().getErr().println(e.getMessage());
            return AgentExit.NO_BACKEND;
        }
    }

    static void print(CommandSpec command, Object value) throws IOException {
        command.commandLine().getOut().println(ContractJson.strict().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        command.commandLine().getOut().flush();
    }
}
