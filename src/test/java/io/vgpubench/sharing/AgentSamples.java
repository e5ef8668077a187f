package io.vgpubench.sharing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vgpubench.results.Json;
import io.vgpubench.contract.event.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Samples shaped as the agent writes them in common time slots: repetition r of a run has the slot
 * [T0 + r·SLOT, T0 + (r+1)·SLOT); each process loads the card from shortly after the slot starts (its
 * prepare done) until just before it ends, and times its part inside that. Builders change one thing at a
 * time (a slow prepare, a late start, an agent without slots).
 */
public final class AgentSamples {
    public static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    public static final Duration SLOT = Duration.ofSeconds(6);

    private String campaign = "c1";
    private String instance;
    private final String flavor;
    private String runId = "w0-gemm";
    private String workload = "gemm";
    private Map<String, String> parameters = Map.of("precision", "fp64");
    private String metric = "tflops";
    private String unit = "TFLOP/s";
    private boolean higherIsBetter = true;
    private final int tasks;
    private int task;
    private int repetition;
    private double value = 1.0;
    private Integer groupSize;
    private boolean slots = true;
    private boolean load = true;
    private Duration loadFrom = Duration.ofMillis(20);
    private Duration timedFrom = Duration.ofMillis(250);
    private Duration timedLength = Duration.ofSeconds(5);
    private Duration loadUntil = SLOT.minusMillis(5);

    private AgentSamples(String flavor, int tasks) {
        this.flavor = flavor;
        this.tasks = tasks;
        this.instance = campaign + "-" + flavor.replace('.', '-') + "-1";
    }

    /** A sample of task 0, repetition 0, on one instance of {@code flavor} running {@code tasks} tasks. */
    public static AgentSamples of(String flavor, int tasks) {
        return new AgentSamples(flavor, tasks);
    }

    public AgentSamples task(int t) {
        task = t;
        return this;
    }

    public AgentSamples repetition(int r) {
        repetition = r;
        return this;
    }

    public AgentSamples value(double v) {
        value = v;
        return this;
    }

    public AgentSamples instance(String name) {
        instance = name;
        return this;
    }

    /** Processes in the group (instances × tasks); default: the task count (one instance). */
    public AgentSamples groupSize(int n) {
        groupSize = n;
        return this;
    }

    public AgentSamples workload(String name, Map<String, String> params, String metricName, String unitName, boolean hib) {
        workload = name;
        parameters = params;
        runId = "w0-" + name;
        metric = metricName;
        unit = unitName;
        higherIsBetter = hib;
        return this;
    }

    public AgentSamples metric(String name, String unitName, boolean hib) {
        metric = name;
        unit = unitName;
        higherIsBetter = hib;
        return this;
    }

    /** The process loads the card from this far into the slot (a slow prepare makes it late). */
    public AgentSamples loadFrom(Duration offset) {
        loadFrom = offset;
        return this;
    }

    /** Its timed part starts this far into the slot. */
    public AgentSamples timedFrom(Duration offset) {
        timedFrom = offset;
        return this;
    }

    /** Its timed part lasts this long (a command's own window). */
    public AgentSamples timedLength(Duration length) {
        timedLength = length;
        return this;
    }

    public AgentSamples loadUntil(Duration offset) {
        loadUntil = offset;
        return this;
    }

    /** An agent that predates common slots: no group, slot or load interval, only the timed interval. */
    public AgentSamples withoutSlots() {
        slots = false;
        return this;
    }

    /** Group and slot known, but no load interval. */
    public AgentSamples withoutLoad() {
        load = false;
        return this;
    }

    public Sample build() {
        Instant slot = T0.plus(SLOT.multipliedBy(repetition));
        Instant started = slot.plus(timedFrom);
        return new Sample(campaign, instance, flavor, runId, workload, parameters, repetition, task, tasks, 0, metric,
                value, unit, higherIsBetter, started, started.plus(timedLength), "cpu", null,
                slots ? campaign + "-" + flavor + "/t" + tasks : null, slots ? (groupSize == null ? tasks : groupSize) : null,
                slots ? slot : null, slots ? slot.plus(SLOT) : null,
                slots && load ? slot.plus(loadFrom) : null, slots && load ? slot.plus(loadUntil) : null,
                slots ? 1000 : null);
    }

    /** The sample as one line of the agent's output ({@code "type":"sample"}, snake_case). */
    public static String jsonLine(Sample s) {
        try {
            ObjectNode node = Json.mapper().valueToTree(s);
            return Json.mapper().createObjectNode().put("type", "sample").setAll(node).toString();
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

}
