package io.vgpubench.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void matchesTheFingerprintOpenSshToolsComputeForTheSameKey() throws Exception {
        for (String type : List.of(KeyPairProvider.ECDSA_SHA2_NISTP256, KeyPairProvider.SSH_RSA)) {
            KeyPair pair = KeyUtils.generateKeyPair(type, type.equals(KeyPairProvider.SSH_RSA) ? 2048 : 256);
            String line = PublicKeyEntry.toString(pair.getPublic());
            byte[] blob = java.util.Base64.getDecoder().decode(line.split(" ")[1]);

            Fingerprint ours = Fingerprint.of(blob);

            assertThat(ours.value()).isEqualTo(KeyUtils.getFingerPrint(pair.getPublic()));
            assertThat(ours.keyType()).isEqualTo(type.startsWith("ecdsa") ? "ecdsa" : "rsa");
        }
    }

    @Test
    void readsTheFingerprintsCloudInitPrintsOnTheConsoleWithTheirTypes() {
        List<String> console = List.of(
                "ci-info: no authorized SSH keys fingerprints found for user ubuntu.",
                "-----BEGIN SSH HOST KEY FINGERPRINTS-----",
                "256 SHA256:u6Lh0Dq3o1qm0b8qAH7rEYkq7JX1nrtVgGm5x2wLaTQ root@vm-1 (ECDSA)",
                "256 SHA256:3ZpJ8nh0h6uZbKZpYgCkq3T2lB0bnUqzG0Jq1x8xH2A root@vm-1 (ED25519)",
                "-----END SSH HOST KEY FINGERPRINTS-----",
                "MD5:12:34:56 ignored");

        assertThat(Fingerprint.parseAll(console)).containsExactly(
                new Fingerprint("SHA256:u6Lh0Dq3o1qm0b8qAH7rEYkq7JX1nrtVgGm5x2wLaTQ", "ecdsa"),
                new Fingerprint("SHA256:3ZpJ8nh0h6uZbKZpYgCkq3T2lB0bnUqzG0Jq1x8xH2A", "ed25519"));
    }

    @Test
    void readsBareFingerprintsAndIgnoresTrailingPadding() {
        assertThat(Fingerprint.parseAll(List.of("SHA256:u6Lh0Dq3o1qm0b8qAH7rEYkq7JX1nrtVgGm5x2wLaTQ=")))
                .containsExactly(new Fingerprint("SHA256:u6Lh0Dq3o1qm0b8qAH7rEYkq7JX1nrtVgGm5x2wLaTQ", null));
    }
}
