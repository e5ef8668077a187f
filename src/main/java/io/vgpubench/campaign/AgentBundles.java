package io.vgpubench.campaign;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentBundle;
import io.vgpubench.agenthost.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the agent bundle that the build made ({@code guest-agent/target/}) under the vgpubench home. */
public final class AgentBundles {
    private AgentBundles() {}

    public static AgentBundle find(Path home) {
        Path target = home.resolve("guest-agent/target");
        Path dir = target.resolve("bundle/vgpubench-agent");
        Path tarball = target.resolve("vgpubench-agent-bundle.tar.gz");
        if (!Files.isExecutable(dir.resolve("bin/vgpu-agent")) || !Files.isRegularFile(tarball)) {
            throw VgpubenchException.infrastructure("the guest-agent bundle is missing under " + target
                    + "; build it first: mvn -B -DskipTests package (in " + home + ")", null);
        }
        try {
            return new AgentBundle(dir, tarball, Sha256.of(tarball), Files.readString(dir.resolve("VERSION")).trim());
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot read the agent bundle: " + e.getMessage(), e);
        }
    }
}
