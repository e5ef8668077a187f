package io.vgpubench.campaign;

import io.vgpubench.model.CloudSpec;
import io.vgpubench.model.Flavor;
import io.vgpubench.model.FlavorCatalog;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.RunOrder;
import io.vgpubench.model.SlotTiming;
import io.vgpubench.model.TeardownPolicy;
import io.vgpubench.model.WorkloadSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Playbooks and flavors built in code for engine tests (the YAML loader has its own tests). */
public final class TestPlaybooks {
    private TestPlaybooks() {}

    public static final Flavor WHOLE = new Flavor("local", "local", "local", null, 1.0, "this machine", null, null,
            null, "test", false, null);
    public static final Flavor HALF = new Flavor("local.half", "local.half", "local", null, 0.5, "this machine", null,
            null, null, "test", false, null);

    /** Short slots, so engine tests stay quick: 50 ms timed, 400 ms to prepare each run. */
    public static final SlotTiming SLOTS = new SlotTiming(Duration.ofMillis(50), Duration.ofMillis(400));

    public static Map<String, Flavor> flavors() {
        return Map.of(WHOLE.name(), WHOLE, HALF.name(), HALF);
    }

    public static Playbook local(Path source, RunOrder order, int repetitions, Duration timeLimit,
                                 List<WorkloadSpec> workloads, List<FlavorUnderTest> fleet) {
        return new Playbook(source, "test", new CloudSpec.Local(), "local", fleet, workloads, repetitions, 0, order, 7L,
                timeLimit, TeardownPolicy.ALWAYS, "cpu", 1.0, List.of(), new FlavorCatalog(flavors()), SLOTS, null);
    }
}
