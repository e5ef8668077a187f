package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;

/**
 * Reads a playbook's {@code devices} (top level, or per workload over it): which cards of an instance
 * run a workload. A card index (0, 1, …), {@code each} (every card in turn) or {@code all} (every card
 * alone, then all at once, for the node total and the scaling efficiency).
 */
final class Devices {
    private Devices() {}

    static String read(Node n) {
        if (n.textOrNull() == null) {
            Long index = n.integer(0, 1023);
            return index == null ? null : index.toString();
        }
        String s = n.textOrNull().trim();
        if (s.equals("each") || s.equals("all") || s.matches("[0-9]{1,4}")) {
            return s;
        }
        n.problem("must be a card index (0, 1, …), each or all, got '" + s + "'");
        return null;
    }
}
