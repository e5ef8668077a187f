package io.vgpubench.campaign;

import io.vgpubench.VgpubenchException;
import io.vgpubench.agenthost.AgentBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
            return new AgentBundle(dir, tarball, sha256(tarball), Files.readString(dir.resolve("VERSION")).trim());
        } catch (IOException e) {
            throw VgpubenchException.infrastructure("cannot read the agent bundle: " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
