package io.vgpubench.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import io.vgpubench.VgpubenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** Checks a private key file before it is used, as OpenSSH would: readable, owner-only, a key, no passphrase. */
public final class KeyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFiles() {}

    /** Throws a bad-input error naming the host and the key file if the key cannot be used. */
    public static void check(Path key, String host) {
        String what = "host " + host + ": key file " + key;
        if (!Files.isRegularFile(key) || !Files.isReadable(key)) {
            throw VgpubenchException.badInput(what + " cannot be read (missing, not a file, or no permission)");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(key);
            if (!OWNER_ONLY.containsAll(perms)) {
                throw VgpubenchException.badInput(what + " has permissions " + PosixFilePermissions.toString(perms)
                        + "; a private key must be readable by its owner only: chmod 600 " + key);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: nothing to check.
        }
        KeyPair pair;
        try {
            pair = KeyPair.load(new JSch(), key.toString());
        } catch (JSchException e) {
            throw VgpubenchException.badInput(what + " is not a private key this tool can read (" + e.getMessage() + ")");
        }
        try {
            if (pair.isEncrypted()) {
                throw VgpubenchException.badInput(what + " is protected by a passphrase; load it into ssh-agent"
                        + " (ssh-add " + key + ") and leave the key out of the playbook");
            }
        } finally {
            pair.dispose();
        }
    }
}
