package io.vgpubench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real CLI in a child JVM (debug logging on), in {@code work}, with {@code clouds} as its clouds.yaml and no OS_*. */
final class ChildCli {
    private ChildCli() {}

    /** "ARGS -> exit N" and what it printed, stdout and stderr merged. */
    static String run(Path work, Path clouds, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-D" + Home.PROPERTY + "=" + System.getProperty("vgpubench.home"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("OS_"));
        pb.environment().put("OS_CLIENT_CONFIG_FILE", clouds.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return String.join(" ", args) + " -> exit " + p.exitValue() + "\n" + out;
    }
}
