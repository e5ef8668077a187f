package io.vgpubench.cloud.openstack.auth;

import io.vgpubench.VgpubenchException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the cloud to log in to, as the OpenStack tools do: a named cloud (the playbook's {@code cloud},
 * {@code --os-cloud}, else {@code OS_CLOUD}) comes from clouds.yaml; with no name, the OS_* variables of an
 * openrc file; with neither, the only cloud of clouds.yaml.
 */
public final class CloudConfigs {
    private CloudConfigs() {}

    /** From this process's environment, working directory and home. */
    public static CloudConfig resolve(String name, String region) {
        return resolve(name, region, System.getenv(),
                CloudsYaml.searchPath(Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home"))));
    }

    public static CloudConfig resolve(String name, String region, Map<String, String> env, List<Path> searchPath) {
        String wanted = name != null ? name : blankToNull(env.get("OS_CLOUD"));
        Optional<CloudsYaml> yaml = CloudsYaml.find(searchPath, env);
        if (wanted != null) {
            CloudsYaml file = yaml.orElseThrow(() -> VgpubenchException.badInput("cloud '" + wanted
                    + "' is named but no clouds.yaml was found (looked in " + searchPath + ")"));
            return file.cloud(wanted).inRegion(region);
        }
        if (blankToNull(env.get("OS_AUTH_URL")) != null) {
            return CloudEntry.fromEnv(env).inRegion(region);
        }
        if (yaml.isPresent() && yaml.get().names().size() == 1) {
            return yaml.get().cloud(yaml.get().names().get(0)).inRegion(region);
        }
        throw VgpubenchException.badInput("no OpenStack cloud to log in to: name one (playbook 'cloud:' or OS_CLOUD)"
                + " from clouds.yaml, or source an openrc file (OS_AUTH_URL and friends)"
                + yaml.map(y -> "; " + y.file() + " has: " + String.join(", ", y.names())).orElse(""));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
