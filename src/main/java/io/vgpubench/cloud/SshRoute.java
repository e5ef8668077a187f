package io.vgpubench.cloud;

import java.util.List;
import java.util.Optional;

/**
 * How SSH reaches an instance: its address (null where there is no SSH: the local cloud), the host key
 * fingerprints the cloud handed over (empty when it gave none), and the instance to go through where the
 * address is private to the cloud's network.
 */
public record SshRoute(String address, List<String> hostKeyFingerprints, Optional<Jump> jump) {
    public SshRoute {
        hostKeyFingerprints = hostKeyFingerprints == null ? List.of() : List.copyOf(hostKeyFingerprints);
        jump = jump == null ? Optional.empty() : jump;
    }

    /** The instance SSH goes through: the cloud's id for it (to ask for its host keys), its name and address. */
    public record Jump(String id, String name, String address) {}

    /** Reached at {@code address} itself. */
    public static SshRoute direct(String address) {
        return new SshRoute(address, List.of(), Optional.empty());
    }

    /** Reached at {@code address} from {@code jump}. */
    public static SshRoute through(Jump jump, String address) {
        return new SshRoute(address, List.of(), Optional.of(jump));
    }

    /** Not reached over SSH at all (the local cloud's instances are folders on this machine). */
    public static SshRoute none() {
        return direct(null);
    }
}
