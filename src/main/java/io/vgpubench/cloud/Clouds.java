package io.vgpubench.cloud;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.cloud.openstack.OpenStackCloud;
import io.vgpubench.cloud.statichosts.StaticCloud;
import io.vgpubench.model.CloudSpec;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Opens the cloud a playbook names; the one place that knows the providers by kind. */
public final class Clouds {
    private Clouds() {}

    /**
     * @param resultsRoot where campaign folders are (local instances live in them, OpenStack keeps its SSH
     *                    keys there)
     * @param console     where the cloud says what it does (boot retries, uploads, warnings)
     */
    public static Cloud open(CloudSpec spec, Path resultsRoot, Consumer<String> console) {
        if (spec instanceof CloudSpec.Local) {
            return new LocalCloud(resultsRoot);
        }
        if (spec instanceof CloudSpec.Static hosts) {
            return new StaticCloud(hosts, console);
        }
        if (spec instanceof CloudSpec.OpenStack openStack) {
            return new OpenStackCloud(openStack, resultsRoot, console);
        }
        throw VgpubenchException.badInput("cloud type '" + spec.type() + "' is not available in this build");
    }

    /**
     * The playbook's cloud, to check a plan against, where its kind checks plans (openstack: a login and
     * read-only calls; local: whether MPS is there for flavors partitioned by it); empty for kinds with nothing to
     * check, which are then not opened at all.
     */
    public static Optional<PlanCheck> planCheck(CloudSpec spec, Consumer<String> console) {
        if (spec instanceof CloudSpec.OpenStack openStack) {
            return Optional.of(new OpenStackCloud(openStack, null, console));
        }
        return spec instanceof CloudSpec.Local ? Optional.of(new LocalCloud(Path.of("results"))) : Optional.empty();
    }

    /**
     * A cloud by its name in clouds.yaml (null: OS_CLOUD, else the OS_* variables), for work on the cloud as
     * a whole rather than on one playbook's campaign: what it offers, what campaigns left on it.
     *
     * @param resultsRoot where campaign folders are (a journal written there recently marks a running campaign)
     */
    public static Cloud named(String name, String region, Path resultsRoot, Consumer<String> console) {
        return OpenStackCloud.forMaintenance(name, region, resultsRoot, console);
    }
}
