package io.vgpubench.campaign;

import io.vgpubench.VgpubenchException;
import io.vgpubench.cloud.Cloud;
import io.vgpubench.cloud.local.LocalCloud;
import io.vgpubench.cloud.openstack.OpenStackCloud;
import io.vgpubench.cloud.statichosts.StaticCloud;
import io.vgpubench.model.CloudSpec;
import java.nio.file.Path;

/** Opens the cloud a playbook names. */
final class Clouds {
    private Clouds() {}

    static Cloud open(CloudSpec spec, Path resultsRoot) {
        if (spec instanceof CloudSpec.Local) {
            return new LocalCloud(resultsRoot);
        }
        if (spec instanceof CloudSpec.Static hosts) {
            return new StaticCloud(hosts, System.err::println);
        }
        if (spec instanceof CloudSpec.OpenStack openStack) {
            return new OpenStackCloud(openStack, resultsRoot, System.err::println);
        }
        throw VgpubenchException.badInput("cloud type '" + spec.type() + "' is not available in this build");
    }
}
