package io.vgpubench.campaign;

import io.vgpubench.cloud.Cloud;
import io.vgpubench.model.CloudSpec;
import java.nio.file.Path;

/** Opens the cloud a playbook names; {@code resultsRoot} is where local instances live. */
@FunctionalInterface
public interface CloudFactory {
    Cloud open(CloudSpec spec, Path resultsRoot);
}
