package io.vgpubench.ssh;

import java.nio.file.Path;
import java.util.List;

/**
 * How a host's SSH key is checked. There is no "accept anything": an unknown key is refused unless the
 * caller chose {@link TrustOnFirstUse}, and then the key seen is recorded for the journal and pinned.
 */
public sealed interface HostKeyPolicy {

    /** The fingerprints the cloud handed over (console log); any other key is a mismatch. */
    record Pinned(List<Fingerprint> fingerprints) implements HostKeyPolicy {
        public Pinned {
            fingerprints = List.copyOf(fingerprints);
            if (fingerprints.isEmpty()) {
                throw new IllegalArgumentException("no fingerprints to pin");
            }
        }

        public boolean accepts(Fingerprint seen) {
            return fingerprints.stream().anyMatch(seen::sameKeyAs);
        }
    }

    /** An OpenSSH known_hosts file (hashed entries and {@code [host]:port} forms included). */
    record KnownHostsFile(Path file) implements HostKeyPolicy {
    }

    /**
     * Accept the first key seen and pin it for every later connection. Only for cloud VMs whose console
     * showed no fingerprints, only when the user asked for it; the engine journals the recorded key.
     */
    record TrustOnFirstUse() implements HostKeyPolicy {
    }

    /** The policy for a cloud VM: its fingerprints if the cloud gave any, else trust on first use if allowed. */
    static HostKeyPolicy forCloudInstance(List<String> consoleFingerprints, boolean trustOnFirstUseAllowed,
                                          String instance) {
        List<Fingerprint> parsed = Fingerprint.parseAll(consoleFingerprints);
        if (!parsed.isEmpty()) {
            return new Pinned(parsed);
        }
        if (trustOnFirstUseAllowed) {
            return new TrustOnFirstUse();
        }
        throw io.vgpubench.VgpubenchException.infrastructure(
                "instance " + instance + ": the cloud gave no SSH host key fingerprints and trust on first use"
                        + " was not allowed, so its host key cannot be verified", null);
    }
}
