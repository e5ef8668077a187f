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

    /**
     * The instance SSH goes through: the cloud's id for it (to ask for its host keys), its name and address, and
     * its host key fingerprints where they are known already (a key trusted on first use before a restart).
     */
    public record Jump(String id, String name, String address, List<String> hostKeyFingerprints) {
        public Jump {
            hostKeyFingerprints = hostKeyFingerprints == null ? List.of() : List.copyOf(hostKeyFingerprints);
        }

        public Jump(String id, String name, String address) {
            this(id, name, address, List.of());
        }
    }

    /**
     * The same route with the keys trusted on first use before (by host name) pinned where the cloud gives none,
     * for the instance {@code name} and its jump host: a resumed controller does not trust whatever it is shown.
     */
    public SshRoute pinning(java.util.Map<String, String> trusted, String name) {
        List<String> own = hostKeyFingerprints.isEmpty() && trusted.containsKey(name)
                ? List.of(trusted.get(name)) : hostKeyFingerprints;
        Optional<Jump> via = jump.map(j -> j.hostKeyFingerprints().isEmpty() && trusted.containsKey(j.name())
                ? new Jump(j.id(), j.name(), j.address(), List.of(trusted.get(j.name()))) : j);
        return new SshRoute(address, own, via);
    }

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
