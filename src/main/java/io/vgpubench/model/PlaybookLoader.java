package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import io.vgpubench.model.yaml.Problems;
import io.vgpubench.model.yaml.YamlDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads a playbook YAML file into a validated {@link Playbook}, with the flavor catalog it names.
 * Every problem (unknown key, missing field, wrong type, impossible value, dangling reference) is
 * collected and reported at once as bad input (exit 2), each with file, line, column and field path.
 */
public final class PlaybookLoader {
    private static final Set<String> KEYS = Set.of("name", "cloud", "baseline", "flavors", "workloads",
            "repetitions", "warmup", "order", "seed", "time_limit", "repetition_time", "prepare_time", "teardown", "backend", "memory_fraction",
            "thresholds", "catalogs", "devices", "require");
    static final List<String> BACKENDS = List.of("auto", "cpu", "cuda");
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(30);

    private final List<Path> defaultCatalogs;
    private final boolean checkKeyFiles;

    /** @param defaultCatalogs the catalog files every playbook sees (usually all of {@code <home>/flavors}) */
    public PlaybookLoader(List<Path> defaultCatalogs) {
        this(defaultCatalogs, false);
    }

    private PlaybookLoader(List<Path> defaultCatalogs, boolean checkKeyFiles) {
        this.defaultCatalogs = List.copyOf(defaultCatalogs);
        this.checkKeyFiles = checkKeyFiles;
    }

    /**
     * A loader that also checks the files on this machine that `run` needs at start (static hosts' private keys:
     * readable, owner-only, a key without passphrase), so `plan` refuses what `run` would. Resume, status and
     * teardown read a campaign's copy without it.
     */
    public PlaybookLoader checkingKeyFiles() {
        return new PlaybookLoader(defaultCatalogs, true);
    }

    /** A loader that sees every catalog under {@code <home>/flavors}. */
    public static PlaybookLoader forHome(Path home) {
        return new PlaybookLoader(FlavorCatalogLoader.catalogFiles(home.resolve("flavors")));
    }

    /** Loads and validates the playbook, or throws bad input listing every problem. */
    public Playbook load(Path file) {
        return load(file, file.toAbsolutePath().normalize().getParent());
    }

    /**
     * As {@link #load(Path)}, with relative paths in it (catalogs, keys, known_hosts) taken from
     * {@code baseDir}: a campaign's copy of its playbook is read with the original's folder.
     */
    public Playbook load(Path file, Path baseDir) {
        Problems problems = new Problems();
        YamlDocument doc = YamlDocument.read(file, problems);
        Node root = doc.root();
        if (root.isMissing()) {
            if (problems.isEmpty()) {
                root.problem("the playbook is empty");
            }
            problems.throwIfAny();
        }
        Playbook playbook = root.isMapping(KEYS) ? read(root, file, baseDir.toAbsolutePath().normalize(), problems) : null;
        problems.throwIfAny();
        return playbook;
    }

    private Playbook read(Node root, Path file, Path dir, Problems problems) {
        List<Path> catalogs = new ArrayList<>(defaultCatalogs);
        root.optional("catalogs").ifPresent(c -> catalogs.addAll(extraCatalogs(c, dir)));
        FlavorCatalog catalog = FlavorCatalogLoader.load(catalogs, problems);

        String name = root.required("name").map(PlaybookLoader::campaignName).orElse(null);
        CloudSpec cloud = root.required("cloud").map(c -> CloudSpecReader.read(c, dir, checkKeyFiles)).orElse(null);
        List<FlavorUnderTest> flavors = root.required("flavors")
                .map(f -> FlavorsUnderTestReader.read(f, catalog)).orElse(List.of());
        List<String> flavorNames = namesIn(root.field("flavors"), "flavor");
        String baseline = root.required("baseline").map(b -> baseline(b, flavorNames)).orElse(null);
        String devices = root.optional("devices").map(Devices::read).orElse(null);
        List<WorkloadSpec> workloads = root.required("workloads").map(w -> WorkloadsReader.read(w, devices, dir))
                .orElse(List.of());
        Node reps = root.field("repetitions");
        AdaptiveRepetitions adaptive = reps.holdsMapping() ? AdaptiveRepetitionsReader.read(reps) : null;
        int repetitions = adaptive != null ? adaptive.min() : reps.isMissing() || reps.holdsMapping() ? 5
                : java.util.Objects.requireNonNullElse(reps.integer(1, 100_000), 5L).intValue();
        int warmup = root.optional("warmup").map(w -> w.integer(0, 10_000)).orElse(1L).intValue();
        RunOrder order = root.optional("order").map(o -> o.oneOf(List.of("grouped", "interleaved", "random"),
                w -> RunOrder.valueOf(w.toUpperCase(Locale.ROOT)))).orElse(RunOrder.INTERLEAVED);
        long seed = root.optional("seed").map(s -> s.integer(Long.MIN_VALUE, Long.MAX_VALUE))
                .orElseGet(() -> ThreadLocalRandom.current().nextLong());
        Duration timeLimit = root.optional("time_limit").map(Durations::read).orElse(DEFAULT_TIME_LIMIT);
        TeardownPolicy teardown = root.optional("teardown").map(t -> t.oneOf(List.of("always", "on-success",
                "never"), w -> TeardownPolicy.valueOf(w.replace('-', '_').toUpperCase(Locale.ROOT))))
                .orElse(TeardownPolicy.ALWAYS);
        String backend = root.optional("backend").map(b -> b.oneOf(BACKENDS, w -> w)).orElse("auto");
        Double memoryFraction = root.optional("memory_fraction").map(Fractions::read).orElse(1.0);
        List<Threshold> thresholds = root.optional("thresholds")
                .map(t -> ThresholdsReader.read(t, flavorNames, namesIn(root.field("workloads"), "name"),
                        commands(workloads)))
                .orElse(List.of());
        Requirements require = root.optional("require").map(PlaybookLoader::requirements).orElse(Requirements.NONE);
        if (cloud instanceof CloudSpec.Static s) {
            StaticHostsCheck.check(root, s, flavors);
        }
        if (memoryFraction != null) {
            MemoryFitCheck.check(root, memoryFraction, flavors, catalog, cloud instanceof CloudSpec.Local);
            if (workloads.size() == root.field("workloads").elements().size()) { // else its problems are said already
                SizeFitCheck.check(root, memoryFraction, flavors, catalog, workloads);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        SlotTiming defaults = SlotTiming.defaults(backend);
        SlotTiming slots = new SlotTiming(
                root.optional("repetition_time").map(Durations::read).orElse(defaults.measure()),
                root.optional("prepare_time").map(Durations::read).orElse(defaults.prepare()));
        return new Playbook(file, name, cloud, baseline, flavors, workloads, repetitions, warmup, order, seed,
                timeLimit, teardown, backend, memoryFraction, thresholds, catalog, slots, adaptive, require);
    }

    /** {@code require: {licensed: true, throttle: none}}; each key optional (licensed false, throttle any). */
    private static Requirements requirements(Node n) {
        if (!n.isMapping(Set.of("licensed", "throttle"))) {
            return Requirements.NONE;
        }
        boolean licensed = n.optional("licensed").map(Node::bool).orElse(false) == Boolean.TRUE;
        String throttle = n.optional("throttle").map(t -> t.oneOf(List.of("none", "any"), w -> w)).orElse("any");
        return new Requirements(licensed, "none".equals(throttle));
    }

    private static List<Path> extraCatalogs(Node list, Path dir) {
        List<Path> out = new ArrayList<>();
        for (Node c : list.elements()) {
            String text = c.text();
            if (text == null) {
                continue;
            }
            Path p = dir.resolve(text).normalize();
            if (!p.startsWith(dir) || !inside(p, dir)) {
                c.problem("a catalog must be in the playbook's folder " + dir + " or below it");
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                c.problem("no catalog file at " + p);
            }
        }
        return out;
    }

    /** Whether {@code p}, links followed, is still under {@code dir} (an absent file is judged by its path). */
    private static boolean inside(Path p, Path dir) {
        try {
            return !Files.exists(p) || p.toRealPath().startsWith(dir.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String campaignName(Node n) {
        String s = n.text();
        if (s != null && !s.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            n.problem("must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit, got '"
                    + s + "'");
            return null;
        }
        return s;
    }

    /** The names a list's entries give under {@code key}, even for entries with other problems. */
    private static Map<String, CommandDefinition> commands(List<WorkloadSpec> workloads) {
        Map<String, CommandDefinition> out = new java.util.HashMap<>();
        workloads.stream().filter(WorkloadSpec::isCommand).forEach(w -> out.put(w.name(), w.command()));
        return out;
    }

    private static List<String> namesIn(Node list, String key) {
        if (list.isMissing() || !list.isList()) {
            return List.of();
        }
        return list.elements().stream().map(e -> e.field(key).textOrNull()).filter(s -> s != null)
                .distinct().toList();
    }

    private static String baseline(Node n, List<String> names) {
        String s = n.text();
        if (s != null && !names.isEmpty() && !names.contains(s)) {
            n.problem("baseline '" + s + "' must be one of the playbook's flavors " + names);
            return null;
        }
        return s;
    }
}
