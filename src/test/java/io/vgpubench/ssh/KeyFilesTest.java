package io.vgpubench.ssh;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import io.vgpubench.FailureKind;
import io.vgpubench.VgpubenchException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {
    @TempDir
    Path tmp;

    @Test
    void acceptsAnOwnerOnlyUnencryptedKey() throws Exception {
        Path key = TestKeys.generate(tmp, "ok").privateKey();

        assertThatCode(() -> KeyFiles.check(key, "gpu1")).doesNotThrowAnyException();
    }

    @Test
    void rejectsAKeyOthersCanReadAndSaysWhichChmodToRun() throws Exception {
        Path key = TestKeys.generate(tmp, "open").privateKey();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> KeyFiles.check(key, "gpu1"))
                .isInstanceOf(VgpubenchException.class)
                .hasMessageContaining("host gpu1: key file " + key + " has permissions rw-r--r--")
                .hasMessageContaining("chmod 600 " + key)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((VgpubenchException) e).kind())
                        .isEqualTo(FailureKind.BAD_INPUT));
    }

    @Test
    void rejectsAMissingKeyFile() {
        Path key = tmp.resolve("nope");

        assertThatThrownBy(() -> KeyFiles.check(key, "gpu1")).hasMessageContaining(key + " cannot be read");
    }

    @Test
    void rejectsAFileThatIsNotAPrivateKey() throws Exception {
        Path key = Files.writeString(tmp.resolve("notes.txt"), "hello");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> KeyFiles.check(key, "gpu1")).hasMessageContaining("is not a private key");
    }

    @Test
    void rejectsAPassphraseProtectedKeyAndPointsToSshAgent() throws Exception {
        KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.ECDSA, 256);
        Path key = tmp.resolve("locked");
        pair.writePrivateKey(key.toString(), "secret-phrase".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> KeyFiles.check(key, "gpu1"))
                .hasMessageContaining("protected by a passphrase")
                .hasMessageContaining("ssh-add " + key)
                .hasMessageNotContaining("secret-phrase");
    }
}
