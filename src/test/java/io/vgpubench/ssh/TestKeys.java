package io.vgpubench.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** A client key pair for tests: the private key in a 0600 file, the public key for the server to accept. */
public record TestKeys(Path privateKey, PublicKey publicKey) {

    public static TestKeys generate(Path dir, String name) throws Exception {
        KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
        Path file = dir.resolve(name);
        pair.writePrivateKey(file.toString());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ByteArrayOutputStream pub = new ByteArrayOutputStream();
        pair.writePublicKey(pub, "test");
        PublicKey key = PublicKeyEntry.parsePublicKeyEntry(pub.toString(StandardCharsets.US_ASCII).strip())
                .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        pair.dispose();
        return new TestKeys(file, key);
    }
}
