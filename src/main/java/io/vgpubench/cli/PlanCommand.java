package io.vgpubench.cli;

import io.vgpubench.cloud.Clouds;
import io.vgpubench.cloud.PlanCheck;
import io.vgpubench.model.Playbook;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `vgpubench plan`: validates a playbook and prints what would be created, touching nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Validates a playbook and prints what would be created, touching nothing; on an openstack"
                + " cloud also checks (read only) that flavors, image and network exist and the fleet fits the quota.")
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAYBOOK", description = "The playbook YAML file.")
    Path playbook;

    @Override
    public Integer call() {
        Playbook p = Home.playbookLoader().checkingKeyFiles().load(playbook);
        var out = spec.commandLine().getOut();
        PlanPrinter.print(p, out);
        Optional<PlanCheck> checking = Clouds.planCheck(p.cloud(), spec.commandLine().getErr()::println);
        if (checking.isEmpty()) {
            return ExitCode.OK;
        }
        try (PlanCheck cloud = checking.get()) {
            PlanCheck.Result check = cloud.check(p);
            out.printf("%nOn the cloud (read only):%n");
            check.lines().forEach(l -> out.println("  " + l));
            check.problems().forEach(l -> out.println("  DOES NOT FIT: " + l));
            out.flush();
            return check.failure().map(ExitCode::of).orElse(ExitCode.OK);
        }
    }
}
