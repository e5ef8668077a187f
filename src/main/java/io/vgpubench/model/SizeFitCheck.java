package io.vgpubench.model;

import io.vgpubench.contract.workload.Workloads;
import io.vgpubench.model.yaml.Node;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Checks the sizes a playbook gives its workloads against the memory each task of a flavor may use, where the
 * catalog knows the flavor's frame buffer: a GEMM whose A, B and C cannot fit in frame buffer × memory_fraction
 * would only fail on the instance, after its boot, so it is refused here with the numbers. (The CUDA context and
 * the driver's reserve take some of the frame buffer too; what passes here can still be refused by the agent.)
 */
final class SizeFitCheck {
    private SizeFitCheck() {}

    static void check(Node root, double fraction, List<FlavorUnderTest> flavors, FlavorCatalog catalog,
                      List<WorkloadSpec> workloads) {
        List<Node> nodes = root.field("workloads").elements();
        for (int i = 0; i < workloads.size() && i < nodes.size(); i++) {
            WorkloadSpec w = workloads.get(i);
            if (w.isCommand()) {
                continue;
            }
            OptionalLong need = Workloads.deviceBytes(w.name(), w.parameters());
            if (need.isEmpty()) {
                continue;
            }
            for (FlavorUnderTest f : flavors) {
                Flavor flavor = catalog.find(f.flavor()).orElse(null);
                if (flavor == null || flavor.frameBufferGb() == null) {
                    continue;
                }
                double cap = flavor.frameBufferGb() * (1L << 30) * fraction;
                if (need.getAsLong() > cap) {
                    nodes.get(i).field("parameters").problem(String.format(Locale.ROOT,
                            "%s at these sizes needs %.2f GiB of device memory, but each task of %s may use %.2f GiB"
                                    + " (its %s GB frame buffer × memory_fraction %s); choose smaller sizes%s",
                            w.name(), need.getAsLong() / (double) (1L << 30), flavor.name(), cap / (1L << 30),
                            trim(flavor.frameBufferGb()), trim(fraction),
                            fraction < 1 ? " or a larger memory_fraction" : ""));
                    break;
                }
            }
        }
    }

    private static String trim(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
