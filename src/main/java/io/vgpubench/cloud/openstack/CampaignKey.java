package io.vgpubench.cloud.openstack;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import io.vgpubench.VgpubenchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The campaign's SSH key pair, made on this machine (RSA 3072: jsch cannot write an ed25519 private key): the private key is written owner-only
 * (0600, created so, never readable by others even briefly) and only the public key goes to the cloud.
 */
record CampaignKey(Path privateKey, String publicKey) {

    /** Reads the key at {@code file} if it is there, else makes one there. */
    static CampaignKey at(Path file, String comment) {
        JSch jsch = new JSch();
        try {
            if (Files.exists(file)) {
                KeyPair existing = KeyPair.load(jsch, file.toString());
                try {
                    return new CampaignKey(file, publicKeyOf(existing, comment));
                } finally {
                    existing.dispose();
                }
            }
            KeyPair pair = KeyPair.genKeyPair(jsch, KeyPair.RSA, 3072);
            try {
                Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
                    pair.writePrivateKey(out);
                }
                return new CampaignKey(file, publicKeyOf(pair, comment));
            } finally {
                pair.dispose();
            }
        } catch (JSchException | IOException e) {
            throw VgpubenchException.infrastructure("cannot make the campaign's SSH key at " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** Removes the private key (and its folder, when empty). */
    void delete() {
        try {
            Files.deleteIfExists(privateKey);
            Path dir = privateKey.getParent();
            try (var left = Files.list(dir)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            // the key is gone or its folder is not ours to remove; nothing secret remains readable
        }
    }

    private static String publicKeyOf(KeyPair pair, String comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pair.writePublicKey(out, comment);
        return out.toString(StandardCharsets.US_ASCII).strip();
    }
}
