package io.vgpubench.ssh;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real OpenSSH server that src/test/ssh/openssh-up.sh starts, as its env file describes it (SSH_ADDRESS,
 * SSH_PORT, SSH_USER, SSH_HOME, SSH_KEY, SSH_KNOWN_HOSTS). A test that needs it is skipped, saying why, when
 * it is not up; under CI=true its absence is a failure.
 */
public final class OpenSshTier {
    public static final Path ENV = Path.of(System.getenv().getOrDefault("VGPUBENCH_OPENSSH_ENV",
            "/tmp/vgpubench-openssh/env"));

    private OpenSshTier() {}

    public static Properties env() throws IOException {
        if (!Files.isReadable(ENV)) {
            String why = "no OpenSSH test server: " + ENV + " is missing; start one with src/test/ssh/openssh-up.sh (as root)";
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
