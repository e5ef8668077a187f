package io.vgpubench.contract.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One workload of the catalog ({@link Workloads}): its name on every backend, its parameters with their
 * defaults, the metrics it reports, whether it needs a GPU, and whether a repetition can be time-boxed (run
 * back to back for a set time, so a co-tenant slot has a known length; the memory probe cannot: one probe
 * claims the whole card).
 */
public record Workload(String name, String description, List<Parameter> parameters, List<Metric> metrics,
                       boolean gpuOnly, boolean timeBoxed) {
    public Workload {
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
    }

    /** The parameters' defaults, by name. */
    public Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        parameters.forEach(p -> d.put(p.name(), p.defaultValue()));
        return d;
    }

    public Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The metric of that name, which the workload must report (a programming error otherwise). */
    public Metric reported(String name) {
        return metric(name).orElseThrow(() -> new IllegalArgumentException(this.name + " reports no metric " + name));
    }

    public List<String> metricNames() {
        return metrics.stream().map(Metric::name).toList();
    }
}
