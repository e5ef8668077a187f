package io.vgpubench.cli;

import io.vgpubench.model.Flavor;
import io.vgpubench.model.FlavorUnderTest;
import io.vgpubench.model.MatrixSize;
import io.vgpubench.model.Playbook;
import io.vgpubench.model.Threshold;
import io.vgpubench.model.WorkloadSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints what a validated playbook would create and run, for `vgpubench plan`. */
final class PlanPrinter {
    private static final String ID = "<campaign-id>";

    private PlanPrinter() {}

    static void print(Playbook p, PrintWriter out) {
        MatrixSize size = MatrixSize.of(p);
        out.printf("Playbook %s is valid. Nothing was created.%n", p.source());
        out.printf("Campaign %s on the %s cloud; campaign id %s = %s-<yyyyMMdd't'HHmm>-<4 hex digits>%n",
                p.name(), p.cloud().type(), ID, p.name().toLowerCase(Locale.ROOT));
        out.printf("Baseline: %s%n%nInstances (%d):%n", p.baseline(), size.instances());
        TextTable t = new TextTable("FLAVOR", "INSTANCES", "TASKS", "NAMES", "PROFILE", "FRACTION", "PHYSICAL GPU");
        for (FlavorUnderTest f : p.flavors()) {
            Flavor c = p.flavor(f.flavor());
            String names = f.instanceName(ID, 1) + (f.instances() > 1 ? " .. " + f.instances() : "");
            t.row(f.flavor(), f.instances(), f.tasks(), names, c.profile(), FlavorTable.number(c.shareFraction()),
                    c.physicalGpu());
        }
        out.print(t.render("  "));
        out.printf("%nWorkloads (%d):%n", p.workloads().size());
        p.workloads().forEach(w -> out.printf("  %s%n", describe(w)));
        out.printf("%nRun matrix: %d flavor(s) x instances x task counts x %d workload(s) x %s repetition(s)%n",
                p.flavors().size(), p.workloads().size(), p.adaptive() == null ? String.valueOf(p.repetitions())
                        : p.adaptive().min() + ".." + p.adaptive().max());
        if (p.adaptive() != null) {
            out.printf("  adaptive: %s%n", p.adaptive().describe());
        }
        String most = p.adaptive() == null ? "" : "at most ";
        out.printf("  %s%d measured runs (%d agent tasks), plus %d warm-up run(s)%n",
                most, size.runs(), size.taskRuns(), size.warmupRuns());
        out.printf("  estimated samples: %s%d%n", most, size.samples());
        out.printf("%nOrder %s, seed %d; time limit %s; teardown %s; backend %s; memory fraction %s%n",
                lower(p.order().name()), p.seed(), p.timeLimit().toString().substring(2).toLowerCase(Locale.ROOT),
                lower(p.teardown().name()), p.backend(), FlavorTable.number(p.memoryFraction()));
        out.printf("Thresholds: %s%n", p.thresholds().isEmpty() ? "none"
                : p.thresholds().stream().map(PlanPrinter::describe).collect(Collectors.joining("; ")));
        out.flush();
    }

    private static String describe(WorkloadSpec w) {
        String base = w.name() + (w.parameters().isEmpty() ? "" : " " + new java.util.TreeMap<>(w.parameters()));
        if (!w.isCommand()) {
            return base;
        }
        var c = w.command();
        List<String> argv = c.argv();
        String run = argv.size() == 3 && argv.get(0).equals("/bin/sh") && argv.get(1).equals("-c") ? argv.get(2)
                : String.join(" ", argv);
        return base + " (command: " + (run.length() > 60 ? run.substring(0, 57) + "..." : run)
                + (c.files() == null ? "" : "; " + c.files().sha256().size() + " file(s) from " + c.files().root())
                + (c.container() == null ? "" : "; in image " + c.container().image() + " ("
                        + (c.container().runtime() == null ? "the instance's docker, podman or apptainer" : c.container().runtime()) + ")")
                + "; metrics " + (c.patterns().isEmpty() ? "as JSON lines" : "by " + c.patterns().size() + " pattern(s)")
                + (w.repetitionTime() == null ? "" : "; repetition time " + w.repetitionTime().toString().substring(2)
                        .toLowerCase(Locale.ROOT))
                + (c.startup() == null ? "" : "; start-up " + c.startup().toString().substring(2).toLowerCase(Locale.ROOT)
                        + ", then its own window") + ")";
    }

    private static String describe(Threshold t) {
        return t.workload() + "/" + t.metric() + " on " + t.flavor()
                + (t.maxOverheadPct() == null ? "" : ", overhead <= " + t.maxOverheadPct() + "%")
                + (t.maxCvPct() == null ? "" : ", cv <= " + t.maxCvPct() + "%")
                + (t.withinHistorySd() == null ? "" : ", within " + t.withinHistorySd() + " sd of the last "
                        + t.historyCampaignsOrDefault() + " campaigns");
    }

    private static String lower(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
