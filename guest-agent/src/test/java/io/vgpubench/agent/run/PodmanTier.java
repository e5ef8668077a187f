package io.vgpubench.agent.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Podman that src/test/containers/podman-up.sh readies, as its env file describes it (PODMAN_CONF: the
 * containers.conf to hand the runtime, PODMAN_IMAGE: a local busybox image). A test that needs it is skipped, saying
 * why, when it is not ready; under CI=true its absence is a failure, but not a machine where podman-up.sh found that
 * no container can start (its file "unavailable" says why: the tests skip with that reason).
 */
final class PodmanTier {
    static final Path ENV = Path.of(System.getenv().getOrDefault("VGPUBENCH_PODMAN_ENV", "/tmp/vgpubench-podman/env"));

    private PodmanTier() {}

    static Properties env() throws IOException {
        Path unavailable = ENV.resolveSibling("unavailable");
        if (Files.isReadable(unavailable)) {
            Assumptions.abort(Files.readString(unavailable).strip() + " (podman-up.sh)");
        }
        if (!Files.isReadable(ENV)) {
            String why = "no Podman for the container tests: " + ENV + " is missing; ready it with"
                    + " src/test/containers/podman-up.sh (as root)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why + " (CI=true: this test must run)");
            }
            Assumptions.abort(why);
        }
        Properties env = new Properties();
        try (Reader r = Files.newBufferedReader(ENV)) {
            env.load(r);
        }
        return env;
    }
}
