package io.vgpubench.model;

import io.vgpubench.VgpubenchException;
import io.vgpubench.model.yaml.Node;
import io.vgpubench.model.yaml.Problems;
import io.vgpubench.model.yaml.YamlDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads flavor catalogs ({@code flavors/*.yaml}: a top-level {@code flavors} list) into one
 * {@link FlavorCatalog}, rejecting bad entries and names defined twice, with file, line and field.
 */
public final class FlavorCatalogLoader {
    private static final Set<String> TOP_KEYS = Set.of("description", "flavors");

    private FlavorCatalogLoader() {}

    /** Every {@code *.yaml} / {@code *.yml} file of a folder, in name order. */
    public static List<Path> catalogFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw VgpubenchException.badInput(YamlDocument.label(dir) + ": no flavor catalog folder here");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw VgpubenchException.badInput(YamlDocument.label(dir) + ": cannot list: " + e.getMessage());
        }
    }

    /** Loads the files into one catalog, or throws bad input listing every problem. */
    public static FlavorCatalog load(List<Path> files) {
        Problems problems = new Problems();
        FlavorCatalog catalog = load(files, problems);
        problems.throwIfAny();
        return catalog;
    }

    /** Loads the files, recording problems instead of throwing (for callers that collect more). */
    public static FlavorCatalog load(List<Path> files, Problems problems) {
        Map<String, Flavor> flavors = new LinkedHashMap<>();
        Map<String, String> definedAt = new HashMap<>();
        for (Path file : files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList()) {
            YamlDocument doc = YamlDocument.read(file, problems);
            for (Node entry : entries(doc.root())) {
                Flavor f = FlavorReader.read(entry);
                if (f == null) {
                    continue;
                }
                String earlier = definedAt.putIfAbsent(f.name(), doc.file() + " (" + entry.path() + ")");
                if (earlier != null) {
                    entry.field("name").problem("flavor '" + f.name() + "' is already defined in " + earlier);
                } else {
                    flavors.put(f.name(), f);
                }
            }
        }
        return new FlavorCatalog(flavors);
    }

    private static List<Node> entries(Node root) {
        if (root.isMissing()) {
            return List.of();
        }
        if (!root.isMapping(TOP_KEYS)) {
            return List.of();
        }
        return root.required("flavors").map(Node::elements).orElse(new ArrayList<>());
    }
}
