package io.vgpubench.agenthost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An agent bundle (folder and tar.gz, laid out as the build lays out the real one) whose agent runs its spec
 * as a shell script, with {@code $out} (the events file) and {@code $start} (the start file) set: a test
 * writes what the agent does, down to partial lines, ignored signals and children.
 */
final class ScriptedAgent {
    private ScriptedAgent() {}

    static AgentBundle bundle(Path dir) throws IOException, InterruptedException {
        Path home = dir.resolve("vgpubench-agent");
        Path agent = home.resolve("bin/vgpu-agent");
        Files.createDirectories(agent.getParent());
        Files.writeString(agent, """
                #!/bin/sh
                if [ "$1" = "--version" ]; then echo "vgpubench-agent scripted"; exit 0; fi
                spec=$3; out=$5; start=$7
                case $spec in /*) ;; *) spec=./$spec;; esac
                . "$spec"
                """);
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path tarball = dir.resolve("vgpubench-agent-bundle.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", tarball.toString(), "-C", dir.toString(), "vgpubench-agent")
                .inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("tar failed");
        }
        return new AgentBundle(home, tarball, Sha256.of(tarball), "scripted");
    }
}
