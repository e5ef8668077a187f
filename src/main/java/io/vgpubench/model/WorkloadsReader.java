package io.vgpubench.model;

import io.vgpubench.contract.workload.Workload;
import io.vgpubench.contract.workload.Workloads;
import io.vgpubench.model.yaml.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the playbook's {@code workloads} list: agent workload names with their parameters and cards, or a user's
 * own benchmark ({@code command:}, see {@link CommandReader}).
 */
final class WorkloadsReader {
    private static final Set<String> KEYS = Set.of("name", "parameters", "devices", "command", "repetition_time");

    private WorkloadsReader() {}

    /** @param devices the playbook's top-level {@code devices}, or null (card 0) */
    static List<WorkloadSpec> read(Node list, String devices, Path dir) {
        List<Node> entries = list.elements();
        if (entries.isEmpty() && !list.isMissing()) {
            list.problem("must list at least one workload");
        }
        List<WorkloadSpec> out = new ArrayList<>();
        for (Node e : entries) {
            WorkloadSpec w = readOne(e, devices, dir);
            if (w != null && out.contains(w)) {
                e.problem("workload '" + w.name() + "' with parameters " + w.parameters() + " is listed twice");
            } else if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    private static WorkloadSpec readOne(Node e, String defaultDevices, Path dir) {
        if (!e.isMapping(KEYS)) {
            return null;
        }
        String name = e.required("name").map(Node::text).orElse(null);
        boolean isCommand = e.optional("command").isPresent();
        CommandDefinition command = null;
        if (isCommand) {
            if (name != null && !CommandReader.name(e.field("name"), name)) {
                name = null;
            }
            command = CommandReader.read(e.field("command"), dir);
            if (command == null) {
                name = null;
            }
        } else if (name != null && Workloads.find(name).isEmpty()) {
            e.field("name").problem("unknown workload '" + name + "'; the agent knows " + Workloads.names());
            name = null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional<Workload> known = name == null ? Optional.empty() : Workloads.find(name);
        e.optional("parameters").ifPresent(p -> {
            // the agent's own catalog: a typo (bytez) would otherwise run the default silently
            if (known.isEmpty() || p.isMapping(known.get().defaults().keySet())) {
                p.entries().forEach((k, v) -> parameters.put(k, v.scalar()));
            }
        });
        String devices = e.optional("devices").map(Devices::read).orElse(defaultDevices);
        if (name == null || parameters.containsValue(null)) {
            return null;
        }
        Duration repetitionTime = e.optional("repetition_time").map(Durations::read).orElse(null);
        return new WorkloadSpec(name, parameters, devices, command, repetitionTime);
    }
}
