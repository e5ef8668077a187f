package io.vgpubench.cloud.openstack;

import io.vgpubench.cloud.openstack.fixture.OpenStackEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real CLI as a user runs it against the fixture: {@code bin/vgpubench} in its own process, logging in
 * through a clouds.yaml (cloud {@code fixture}, the demo user) named by OS_CLIENT_CONFIG_FILE, with the password
 * in the secure.yaml beside it and no other OS_* variable.
 */
final class FixtureCli {
    private final Path dir;
    private final String javaOpts;

    FixtureCli(OpenStackEnv env, Path dir, String javaOpts) throws Exception {
        this.dir = dir;
        this.javaOpts = javaOpts;
        Files.writeString(dir.resolve("clouds.yaml"), """
                clouds:
                  fixture:
                    auth:
                      auth_url: %s
                      username: %s
                      project_name: %s
                      user_domain_name: Default
                      project_domain_name: Default
                    region_name: %s
                """.formatted(env.authUrl(), env.demo().username(), env.demo().projectName(), env.region()));
        Files.writeString(dir.resolve("secure.yaml"), "clouds:\n  fixture:\n    auth:\n      password: "
                + env.demo().password() + "\n");
    }

    /** Starts {@code bin/vgpubench args...} (stdin closed, stderr merged into stdout). */
    Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bin/vgpubench"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("OS_"));
        pb.environment().put("OS_CLIENT_CONFIG_FILE", dir.resolve("clouds.yaml").toString());
        if (javaOpts != null) {
            pb.environment().put("VGPUBENCH_JAVA_OPTS", javaOpts);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }
}
