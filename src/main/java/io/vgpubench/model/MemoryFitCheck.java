package io.vgpubench.model;

import io.vgpubench.model.yaml.Node;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the tasks sharing a card fit its memory: every flavor's task counts times memory_fraction (each
 * task's cap, of what the device reports) must be at most 1. A flavor that cannot fit is reported once, at
 * its largest task count, with the numbers (in GB too where the catalog gives the frame buffer), how many
 * tasks fit and the largest memory_fraction that would. On the local cloud every instance is a folder on this
 * machine and its agents share this machine's device, so there it is instances × tasks that must fit.
 */
final class MemoryFitCheck {
    /** Slack for fractions written in decimals: 3 × 0.333 fits, and so does 3 × (1/3). */
    private static final double SLACK = 1e-9;

    private MemoryFitCheck() {}

    static void check(Node root, double fraction, List<FlavorUnderTest> flavors, FlavorCatalog catalog,
                      boolean oneDevice) {
        boolean explicit = !root.field("memory_fraction").isMissing();
        List<Node> flavorNodes = root.field("flavors").elements();
        for (FlavorUnderTest f : flavors) {
            int most = f.tasks().stream().mapToInt(Integer::intValue).max().orElse(1);
            int instances = oneDevice ? f.instances() : 1;
            if (instances * most * fraction <= 1 + SLACK) {
                continue;
            }
            Node entry = flavorNodes.stream().filter(n -> f.flavor().equals(n.field("flavor").textOrNull()))
                    .findFirst().orElse(root.field("flavors"));
            List<Node> counts = entry.field("tasks").elements();
            Node at = counts.size() == f.tasks().size() ? counts.get(f.tasks().indexOf(most)) : entry.field("tasks");
            at.problem(instances == 1 ? message(most, fraction, explicit, catalog.find(f.flavor()).orElse(null))
                    : sharedDevice(instances, most, fraction, explicit));
        }
    }

    private static String message(int tasks, double fraction, boolean explicit, Flavor flavor) {
        double need = tasks * fraction;
        String gb = flavor == null || flavor.frameBufferGb() == null ? "" : String.format(Locale.ROOT,
                " (%s GB of the %s GB frame buffer of %s)", plain(need * flavor.frameBufferGb(), 1),
                plain(flavor.frameBufferGb(), 1), flavor.name());
        int fit = (int) Math.floor(1 / fraction + SLACK);
        return String.format(Locale.ROOT, "%d tasks × memory_fraction %s%s = %s of the card's memory%s: the tasks cannot"
                        + " all fit on the card; at most %d task%s fit%s at memory_fraction %s, or set memory_fraction to"
                        + " at most %s for %d tasks", tasks, plain(fraction, 3), explicit ? "" : " (the default, no cap)",
                plain(need, 2), gb, fit, fit == 1 ? "" : "s", fit == 1 ? "s" : "", plain(fraction, 3),
                floor(1.0 / tasks), tasks);
    }

    private static String sharedDevice(int instances, int tasks, double fraction, boolean explicit) {
        int processes = instances * tasks;
        return String.format(Locale.ROOT, "%d instances × %d task%s × memory_fraction %s%s = %s of the device's memory:"
                        + " on the local cloud every instance's tasks share this machine's device, so they cannot all fit;"
                        + " set memory_fraction to at most %s, or run fewer instances or tasks", instances, tasks,
                tasks == 1 ? "" : "s", plain(fraction, 3), explicit ? "" : " (the default, no cap)",
                plain(processes * fraction, 2), floor(1.0 / processes));
    }

    private static String plain(double x, int decimals) {
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The fraction rounded down to 3 decimals, so that tasks × it fits. */
    private static String floor(double x) {
        return BigDecimal.valueOf(x).setScale(3, RoundingMode.FLOOR).stripTrailingZeros().toPlainString();
    }
}
