package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the playbook's {@code flavors} list: flavor names from the catalog, instance and task counts. */
final class FlavorsUnderTestReader {
    private static final Set<String> KEYS = Set.of("flavor", "instances", "tasks");

    private FlavorsUnderTestReader() {}

    static List<FlavorUnderTest> read(Node list, FlavorCatalog catalog) {
        List<Node> entries = list.elements();
        if (entries.isEmpty() && !list.isMissing()) {
            list.problem("must list at least one flavor");
        }
        List<FlavorUnderTest> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node e : entries) {
            FlavorUnderTest f = readOne(e, catalog);
            if (f != null && !seen.add(f.flavor())) {
                e.field("flavor").problem("flavor '" + f.flavor() + "' is listed twice; give it more instances "
                        + "or tasks instead");
            } else if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static FlavorUnderTest readOne(Node e, FlavorCatalog catalog) {
        if (!e.isMapping(KEYS)) {
            return null;
        }
        String flavor = e.required("flavor").map(Node::text).orElse(null);
        if (flavor != null && catalog.find(flavor).isEmpty()) {
            e.field("flavor").problem("unknown flavor '" + flavor + "'; the catalogs define "
                    + catalog.flavors().keySet());
            flavor = null;
        }
        Long instances = e.optional("instances").map(i -> i.integer(1, 10_000)).orElse(1L);
        List<Integer> tasks = e.optional("tasks").map(FlavorsUnderTestReader::tasks).orElse(List.of(1));
        if (flavor == null || instances == null || tasks == null) {
            return null;
        }
        return new FlavorUnderTest(flavor, instances.intValue(), tasks);
    }

    private static List<Integer> tasks(Node list) {
        List<Node> elements = list.elements();
        if (elements.isEmpty()) {
            list.problem("must list at least one task count, e.g. [1, 2]");
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (Node t : elements) {
            Long v = t.integer(1, 64);
            if (v != null && out.contains(v.intValue())) {
                t.problem("task count " + v + " is listed twice");
            } else if (v != null) {
                out.add(v.intValue());
            }
        }
        return out.size() == elements.size() ? out : null;
    }
}
