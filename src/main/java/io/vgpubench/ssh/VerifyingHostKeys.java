package io.vgpubench.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The host key repository jsch consults (with StrictHostKeyChecking=yes): it checks the presented key
 * against the endpoint's {@link HostKeyPolicy}, never writes anything, and remembers the last check so a
 * refusal can be explained.
 */
final class VerifyingHostKeys implements HostKeyRepository {
    private final SshEndpoint endpoint;
    private final HostKeyRepository knownHosts;
    private volatile HostKeyCheck last;

    VerifyingHostKeys(SshEndpoint endpoint) throws JSchException {
        this.endpoint = endpoint;
        if (endpoint.hostKeys() instanceof HostKeyPolicy.KnownHostsFile file && Files.isReadable(file.file())) {
            JSch jsch = new JSch();
            jsch.setKnownHosts(file.file().toString());
            this.knownHosts = jsch.getHostKeyRepository();
        } else {
            this.knownHosts = null;
        }
    }

    HostKeyCheck lastCheck() {
        return last;
    }

    @Override
    public int check(String ignoredHost, byte[] key) {
        Fingerprint seen = Fingerprint.of(key);
        String name = endpoint.describe();
        HostKeyPolicy policy = endpoint.hostKeys();
        HostKeyCheck check;
        if (policy instanceof HostKeyPolicy.Pinned pinned) {
            check = new HostKeyCheck(name, seen, pinned.fingerprints(),
                    pinned.accepts(seen) ? HostKeyCheck.Verdict.MATCHED : HostKeyCheck.Verdict.MISMATCH,
                    "the fingerprints the cloud reported");
        } else if (policy instanceof HostKeyPolicy.KnownHostsFile file) {
            check = checkKnownHosts(name, seen, key, file);
        } else {
            check = new HostKeyCheck(name, seen, List.of(), HostKeyCheck.Verdict.TRUSTED_ON_FIRST_USE,
                    "trust on first use");
        }
        last = check;
        return switch (check.verdict()) {
            case MATCHED, TRUSTED_ON_FIRST_USE -> OK;
            case MISMATCH -> CHANGED;
            case UNKNOWN -> NOT_INCLUDED;
        };
    }

    private HostKeyCheck checkKnownHosts(String name, Fingerprint seen, byte[] key, HostKeyPolicy.KnownHostsFile file) {
        String source = file.file().toString();
        if (knownHosts == null) {
            return new HostKeyCheck(name, seen, List.of(), HostKeyCheck.Verdict.UNKNOWN, source);
        }
        int result = knownHosts.check(endpoint.knownHostsName(), key);
        List<Fingerprint> expected = new ArrayList<>();
        for (HostKey known : knownHosts.getHostKey(endpoint.knownHostsName(), null)) {
            expected.add(Fingerprint.of(Base64.getDecoder().decode(known.getKey())));
        }
        HostKeyCheck.Verdict verdict = switch (result) {
            case OK -> HostKeyCheck.Verdict.MATCHED;
            case CHANGED -> HostKeyCheck.Verdict.MISMATCH;
            default -> HostKeyCheck.Verdict.UNKNOWN;
        };
        return new HostKeyCheck(name, seen, expected, verdict, source);
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // Never learn keys: known_hosts is the user's, pins come from the cloud or first use.
    }

    @Override
    public void remove(String host, String type) {
    }

    @Override
    public void remove(String host, String type, byte[] key) {
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return endpoint.hostKeys() instanceof HostKeyPolicy.KnownHostsFile f ? f.file().toString() : "pinned host keys";
    }

    @Override
    public HostKey[] getHostKey() {
        return getHostKey(null, null);
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        // Lets jsch prefer the key types known_hosts holds for this host.
        return knownHosts == null ? new HostKey[0] : knownHosts.getHostKey(endpoint.knownHostsName(), type);
    }
}
