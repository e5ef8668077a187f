package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import java.util.List;
import java.util.Set;

/** Reads and checks one catalog entry ({@code flavors[i]} of a catalog file). */
final class FlavorReader {
    static final List<String> SCHEDULERS = List.of("best-effort", "equal-share", "fixed");
    private static final Set<String> KEYS = Set.of("name", "cloud_flavor", "profile", "frame_buffer_gb",
            "share_fraction", "physical_gpu", "scheduler", "vcpus", "ram_gb", "source", "unconfirmed", "notes",
            "partition", "sm_percent", "memory_limit_gb", "cost_per_hour", "cost_unit");

    private FlavorReader() {}

    /** The flavor, or null when the entry has problems (already recorded). */
    static Flavor read(Node n) {
        if (!n.isMapping(KEYS)) {
            return null;
        }
        String name = n.required("name").map(FlavorReader::name).orElse(null);
        String cloudFlavor = n.optional("cloud_flavor").map(Node::text).orElse(name);
        String profile = n.required("profile").map(Node::text).orElse(null);
        Double frameBuffer = n.optional("frame_buffer_gb").map(FlavorReader::positive).orElse(null);
        Double fraction = n.required("share_fraction").map(Fractions::read).orElse(null);
        String gpu = n.required("physical_gpu").map(Node::text).orElse(null);
        String scheduler = n.optional("scheduler").map(s -> s.oneOf(SCHEDULERS, w -> w)).orElse(null);
        Long vcpus = n.optional("vcpus").map(v -> v.integer(1, 4096)).orElse(null);
        Double ram = n.optional("ram_gb").map(FlavorReader::positive).orElse(null);
        String source = n.required("source").map(Node::text).orElse(null);
        boolean unconfirmed = n.optional("unconfirmed").map(Node::bool).orElse(false) == Boolean.TRUE;
        String notes = n.optional("notes").map(Node::text).orElse(null);
        if (unconfirmed && notes == null) {
            n.problem("an unconfirmed entry must say in 'notes' which figure is unconfirmed");
        }
        Partition partition = partition(n, fraction, frameBuffer);
        if (name == null || profile == null || fraction == null || gpu == null || source == null || partition == null) {
            return null;
        }
        Double perHour = n.optional("cost_per_hour").map(FlavorReader::positive).orElse(null);
        String costUnit = n.optional("cost_unit").map(Node::text).orElse(null);
        if (perHour != null && costUnit == null) {
            n.problem("cost_per_hour needs its cost_unit (the cloud's unit, e.g. SU or USD)");
            return null;
        }
        if (perHour == null && costUnit != null) {
            n.field("cost_unit").problem("cost_unit applies only with a cost_per_hour");
            return null;
        }
        return new Flavor(name, cloudFlavor, profile, frameBuffer, fraction, gpu, scheduler,
                vcpus == null ? null : vcpus.intValue(), ram, source, unconfirmed, notes, partition,
                perHour == null ? null : new Cost(perHour, costUnit));
    }

    /**
     * {@code partition: time-slice} (the default) or {@code mps}, with {@code sm_percent} (default: the share
     * fraction) and {@code memory_limit_gb} (default: the frame buffer, where given); null after a problem.
     */
    private static Partition partition(Node n, Double fraction, Double frameBuffer) {
        String mode = n.optional("partition").map(p -> p.oneOf(List.of("time-slice", "mps"), w -> w)).orElse("time-slice");
        if (mode == null) {
            return null;
        }
        if (mode.equals("time-slice")) {
            for (String k : List.of("sm_percent", "memory_limit_gb")) {
                n.optional(k).ifPresent(v -> v.problem(k + " applies to partition: mps only"));
            }
            return n.optional("sm_percent").isPresent() || n.optional("memory_limit_gb").isPresent() ? null
                    : Partition.timeSlice();
        }
        Long sm = n.optional("sm_percent").map(v -> v.integer(1, 100))
                .orElse(fraction == null ? null : Math.max(1L, Math.round(fraction * 100)));
        Double memory = n.optional("memory_limit_gb").map(FlavorReader::positive).orElse(frameBuffer);
        if (sm == null || n.optional("memory_limit_gb").isPresent() && memory == null) {
            return null;
        }
        return new Partition.Mps(sm.intValue(), memory);
    }

    /** Longest flavor name: instance names, folders and file names are made from it. */
    static final int MAX_NAME = 64;

    /** A flavor name that can name files and instances: 1 to 64 characters, none of them a control or a slash. */
    private static String name(Node n) {
        String s = n.text();
        if (s == null) {
            return null;
        }
        if (s.isBlank() || s.length() > MAX_NAME || s.strip().length() != s.length()
                || s.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            n.problem("a flavor name must be 1 to " + MAX_NAME + " characters without spaces around it, control"
                    + " characters, '/' or '\\' (it names instances and files)");
            return null;
        }
        return s;
    }

    private static Double positive(Node n) {
        Double v = n.number();
        if (v != null && v <= 0) {
            n.problem("must be greater than 0, got " + v);
            return null;
        }
        return v;
    }
}
