package io.vgpubench.model;

import io.vgpubench.VgpubenchException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The flavors a playbook may name, by name, in catalog order. Built by {@link FlavorCatalogLoader}. */
public record FlavorCatalog(Map<String, Flavor> flavors) {
    public FlavorCatalog {
        flavors = Collections.unmodifiableMap(new LinkedHashMap<>(flavors));
    }

    public Optional<Flavor> find(String name) {
        return Optional.ofNullable(flavors.get(name));
    }

    /** The flavor of that name; a name not in the catalog is bad input (a validated playbook never has one). */
    public Flavor get(String name) {
        return find(name).orElseThrow(() -> VgpubenchException.badInput("unknown flavor '" + name + "'"));
    }
}
