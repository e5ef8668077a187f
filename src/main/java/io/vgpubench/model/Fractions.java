package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;

/** Reads a fraction of a device, which must lie in (0, 1]. */
final class Fractions {
    private Fractions() {}

    static Double read(Node n) {
        Double v = n.number();
        if (v != null && (v <= 0 || v > 1)) {
            n.problem("must be a fraction in (0, 1], got " + v);
            return null;
        }
        return v;
    }
}
